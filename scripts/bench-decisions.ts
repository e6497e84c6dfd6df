// The decisions section of `npm run bench`: a 500-line decision drafted from the candidates list,
// its documents (HTML, DOCX, PDF/A, rendered on request for the draft), then issuing it (500 award
// records and their audit) and the render job that stores its copies after the commit.
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { StartedApp } from '../src/bootstrap.js';
import { nameSortKey } from '../src/common/text/vietnamese.js';

export interface DecisionFigure {
  /** The first answer (cold: templates compiled, LibreOffice's profile made). */
  first: number;
  /** The median of the runs after it (NaN when measured once). */
  median: number;
}

const LINES = Number(process.env.BENCH_DECISION_LINES ?? '500');
const DOCUMENT_RUNS = 5;
const PDF_RUNS = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

export async function benchDecisions(started: StartedApp, dataSource: DataSource, token: string): Promise<Map<string, DecisionFigure>> {
  const fastify = started.app.getHttpAdapter().getInstance();
  const headers = { authorization: `Bearer ${token}` };
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    expected = [200, 201],
  ): Promise<{ body: string; ms: number }> => {
    const begin = performance.now();
    const res = await fastify.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    const ms = performance.now() - begin;
    if (!expected.includes(res.statusCode)) {
      throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    return { body: res.body, ms };
  };
  const figures = new Map<string, DecisionFigure>();

  // A centre of LINES people, each rated good for 2025: all eligible for Lao động tiên tiến.
  const unit = JSON.parse((await call('POST', '/api/units', { name: 'Trung tâm Văn hóa (bench)', code: 'BENCH-DEC' })).body) as {
    id: string;
  };
  const names = Array.from({ length: LINES }, (_, i) => `Nguyễn Thị Ngọc Số ${String(i + 1).padStart(3, '0')}`);
  const staff = (await dataSource.query(
    `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
     SELECT 'BDEC' || i, n, 'female', $1, 'Chuyên viên', k, lower(n) FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(n, k, i)
     RETURNING id`,
    [unit.id, names, names.map(nameSortKey)],
  )) as Array<{ id: string }>;
  await dataSource.query(`INSERT INTO appraisals (staff_id, year, rating) SELECT unnest($1::uuid[]), 2025, 'good'`, [
    staff.map((s) => s.id),
  ]);
  const issuer = JSON.parse(
    (
      await call('POST', '/api/issuers', {
        name: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        parentName: 'UBND TỈNH VĨNH PHÚC',
        symbol: 'SVHTTDL',
        place: 'Vĩnh Phúc',
        signerTitle: 'Giám đốc',
        signerName: 'Nguyễn Văn Bình',
        authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
      })
    ).body,
  ) as { id: string };

  const draft = async (): Promise<string> =>
    (
      JSON.parse(
        (await call('POST', '/api/decisions', { issuerId: issuer.id, awardType: 'LDTT', year: 2025, plannedSignOn: '2026-01-05' })).body,
      ) as { id: string }
    ).id;
  const fromCandidates = { fromCandidates: { filter: 'eligible', unitId: unit.id } };
  // Cold: the first request evaluates everyone and keeps the results (eligibility's cost); the figure is the warm one beside it.
  const cold = await draft();
  const coldLines = await call('POST', `/api/decisions/${cold}/lines`, fromCandidates);
  const id = await draft();
  const warmLines = await call('POST', `/api/decisions/${id}/lines`, fromCandidates);
  const added = (JSON.parse(warmLines.body) as { added: number }).added;
  if (added !== LINES) {
    throw new Error(`The bench decision has ${added} lines, not ${LINES}`);
  }
  figures.set(`draft ${LINES} lines from candidates`, { first: coldLines.ms, median: warmLines.ms });

  for (const [format, runs] of [
    ['html', DOCUMENT_RUNS],
    ['docx', DOCUMENT_RUNS],
    ['pdf', PDF_RUNS],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      times.push((await call('GET', `/api/decisions/${id}/document.${format}`)).ms);
    }
    figures.set(`draft document.${format} (${LINES} lines, on request)`, { first: times[0], median: median(times.slice(1)) });
  }

  const issued = await call('POST', `/api/decisions/${id}/issue`, { signedOn: '2026-01-05' }, [200]);
  figures.set(`issue (${LINES} award records + audit)`, { first: issued.ms, median: NaN });
  // The render job: HTML, DOCX and PDF/A of the decision and of the list, stored after the commit.
  const jobStarted = performance.now();
  for (;;) {
    const state = (JSON.parse((await call('GET', `/api/decisions/${id}/rendering`)).body) as { state: string | null }).state;
    if (state === 'done' || state === 'failed') {
      if (state === 'failed') {
        throw new Error('The render job failed');
      }
      break;
    }
    if (performance.now() - jobStarted > 300_000) {
      throw new Error('The render job did not end in 5 minutes');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  figures.set('render job after issuing (6 documents stored)', { first: performance.now() - jobStarted, median: NaN });
  figures.set('issued document.pdf (stored copy)', { first: (await call('GET', `/api/decisions/${id}/document.pdf`)).ms, median: NaN });
  return figures;
}
