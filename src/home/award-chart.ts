/**
 * A stacked bar chart as an SVG string, drawn on the server so the page needs no script: awards per
 * year (bars) and unit (stacks). Own renderer rather than ECharts' SSR: a few dozen rectangles do
 * not need a 1 MB library, and ECharts writes `style` attributes that the pages' Content Security
 * Policy (`style-src 'self'`) refuses; this one uses presentation attributes only.
 *
 * Accessible: `role="img"` named by its `<title>` and described by a `<desc>` that says the totals;
 * the page writes the legend in HTML and puts the same numbers in a table beside it.
 */

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface StackedBarChart {
  /** The chart's id (for its title and description), unique on the page. */
  id: string;
  title: string;
  /** Says in words what the chart shows, for screen readers. */
  description: string;
  /** The bars' labels, left to right (years). */
  categories: string[];
  series: ChartSeries[];
}

/** Colour-blind-safe (Okabe–Ito) and distinct in grey; the last, grey, for "other units". */
export const CHART_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#7F7F7F'];

const WIDTH = 480;
const PLOT = { left: 40, right: 12, top: 24, bottom: 32 };
const PLOT_HEIGHT = 220;

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

/** A round step for the value axis: 1, 2, 5, 10, 20, 50… giving at most about five lines. */
export function tickStep(max: number): number {
  if (max <= 5) {
    return 1;
  }
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough)!;
}

export function renderStackedBars(chart: StackedBarChart): string {
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const step = tickStep(Math.max(1, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const slot = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = Math.min(64, slot * 0.6);
  const y = (value: number): number => PLOT.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const height = PLOT.top + PLOT_HEIGHT + PLOT.bottom;
  const id = escapeXml(chart.id);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart" font-family="system-ui, sans-serif" font-size="16">`,
    `<title id="${id}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(chart.description)}</desc>`,
  ];
  for (let value = 0; value <= top; value += step) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(value)}" y2="${y(value)}" stroke="#d0d0d0" stroke-width="1"/>`,
      `<text x="${PLOT.left - 6}" y="${y(value) + 4}" text-anchor="end" fill="#444">${value}</text>`,
    );
  }
  chart.categories.forEach((category, i) => {
    const x = PLOT.left + slot * i + (slot - barWidth) / 2;
    let base = 0;
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0;
      if (value > 0) {
        const label = `${series.name}, ${category}: ${value}`;
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(base + value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${((value / top) * PLOT_HEIGHT).toFixed(1)}" fill="${seriesColour(s)}" stroke="#fff" stroke-width="1"><title>${escapeXml(label)}</title></rect>`,
        );
        base += value;
      }
    });
    parts.push(
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(totals[i]) - 6).toFixed(1)}" text-anchor="middle" fill="#1a1a1a" font-weight="bold">${totals[i]}</text>`,
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${PLOT.top + PLOT_HEIGHT + 20}" text-anchor="middle" fill="#1a1a1a">${escapeXml(category)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The colour of a series, for the legend the page writes in HTML (readable at the page's text size on a phone). */
export const seriesColour = (index: number): string => CHART_COLOURS[index % CHART_COLOURS.length];

/** A legend swatch: a tiny SVG, since the page's Content Security Policy refuses `style` attributes. */
export const swatch = (index: number): string =>
  `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${seriesColour(index)}"/></svg>`;
