import { renderStackedBars, swatch, tickStep } from './award-chart.js';

/** The home page's server-side chart: an accessible SVG without script or style attributes. */
describe('renderStackedBars', () => {
  const chart = {
    id: 'c',
    title: 'Khen thưởng 2022–2026',
    description: 'Tổng theo năm: 2025: 3',
    categories: ['2025', '2026'],
    series: [
      { name: 'Phòng Đọc', values: [2, 0] },
      { name: 'Phòng <Mượn> & "Trả"', values: [1, 4] },
    ],
  };

  it('is an image named by its title and described in words', () => {
    const svg = renderStackedBars(chart);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/u);
    expect(svg).toContain('<title id="c-title">Khen thưởng 2022–2026</title>');
    expect(svg).toContain('<desc id="c-desc">Tổng theo năm: 2025: 3</desc>');
  });

  it('draws one rectangle per non-zero value, stacked, with the totals above the bars', () => {
    const svg = renderStackedBars(chart);
    const bars = [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"[^>]*><title>([^<]+)<\/title>/gu)];
    expect(bars.map((bar) => bar[3])).toEqual([
      'Phòng Đọc, 2025: 2',
      'Phòng &lt;Mượn&gt; &amp; &quot;Trả&quot;, 2025: 1',
      'Phòng &lt;Mượn&gt; &amp; &quot;Trả&quot;, 2026: 4',
    ]);
    // Heights are proportional: 2 is twice 1, 4 four times.
    const [two, one, four] = bars.map((bar) => Number(bar[2]));
    expect(two).toBeCloseTo(2 * one, 0);
    expect(four).toBeCloseTo(4 * one, 0);
    // The second stack sits on the first.
    expect(Number(bars[1][1]) + one).toBeCloseTo(Number(bars[0][1]), 0);
    expect(svg).toMatch(/font-weight="bold">3<\/text>/u);
    expect(svg).toMatch(/font-weight="bold">4<\/text>/u);
  });

  it('escapes names and writes no style attribute (the Content Security Policy refuses them) and no script', () => {
    const svg = renderStackedBars(chart);
    expect(svg).not.toContain('<Mượn>');
    expect(svg).not.toMatch(/ style=|<script|<style/u);
    expect(swatch(1)).toBe(
      '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="#E69F00"/></svg>',
    );
  });

  it('chooses round steps for the value axis', () => {
    expect([1, 5, 6, 12, 40, 230].map(tickStep)).toEqual([1, 1, 2, 5, 10, 50]);
  });
});
