// Province-scale data for `npm run bench`, written set-based (a few large INSERT … SELECT unnest)
// so that generating 20,000 staff takes seconds. Deterministic: the same seed gives the same rows.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { derivedStaffColumns } from '../src/staff/staff.service.js';

export interface BenchData {
  /** Every unit id, the root first. */
  unitIds: string[];
  /** A department (with a few teams under it), for the unit filter. */
  departmentId: string;
  staffCount: number;
}

const FAMILY = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 4],
  ['Vũ', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
  ['Khổng', 1],
  ['Kiều', 1],
  ['Tạ', 1],
  ['Phùng', 1],
  ['Đào', 1],
  ['Trịnh', 1],
] as const;
const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Mạnh', 'Xuân', 'Thanh', 'Công', 'Tiến'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Thị Thu', 'Thị Thanh', 'Kim', 'Bích', 'Hồng'],
};
const GIVEN = {
  male: [
    'An',
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Hải',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Thịnh',
    'Toàn',
    'Tuấn',
  ],
  female: [
    'Anh',
    'Ánh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Mai',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Thủy',
    'Trang',
    'Yến',
  ],
};
const POSITIONS = [
  'Thư viện viên',
  'Thư viện viên',
  'Thư viện viên',
  'Chuyên viên',
  'Kế toán',
  'Văn thư',
  'Phó Trưởng phòng',
  'Trưởng phòng',
];

/** mulberry32: a small seeded generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDate = (year: number, rnd: () => number): string =>
  `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;

/** One root agency, departments under it and teams under those: `units` in all. */
async function insertUnits(dataSource: DataSource, units: number): Promise<string[]> {
  const rootId = randomUUID();
  const rows = [
    { id: rootId, code: 'BENCH', name: 'Sở Văn hóa, Thể thao và Du lịch', parentId: null as string | null, path: `/${rootId}/` },
  ];
  const departments = Math.max(1, Math.round(Math.sqrt(units)));
  for (let d = 0; d < departments && rows.length < units; d++) {
    const id = randomUUID();
    rows.push({ id, code: `BENCH-${d + 1}`, name: `Đơn vị ${d + 1}`, parentId: rootId, path: `/${rootId}/${id}/` });
  }
  const departmentRows = rows.slice(1);
  for (let i = 0; rows.length < units; i++) {
    const parent = departmentRows[i % departmentRows.length];
    const id = randomUUID();
    rows.push({ id, code: `${parent.code}-${i + 1}`, name: `Phòng ${i + 1}`, parentId: parent.id, path: `${parent.path}${id}/` });
  }
  await dataSource.query(
    `INSERT INTO units (id, code, name, parent_id, path)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[])`,
    [rows.map((r) => r.id), rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.parentId), rows.map((r) => r.path)],
  );
  return rows.map((r) => r.id);
}

function pickWeighted(rnd: () => number): string {
  const total = FAMILY.reduce((sum, [, weight]) => sum + weight, 0);
  let point = rnd() * total;
  for (const [name, weight] of FAMILY) {
    point -= weight;
    if (point < 0) {
      return name;
    }
  }
  return FAMILY[0][0];
}

export async function seedBenchData(dataSource: DataSource, options: { units: number; staff: number; seed?: number }): Promise<BenchData> {
  const rnd = random(options.seed ?? 20_240_701);
  const unitIds = await insertUnits(dataSource, options.units);
  const batch = 2000;
  for (let start = 0; start < options.staff; start += batch) {
    const columns: Array<Array<string | null>> = Array.from({ length: 9 }, () => []);
    for (let i = start; i < Math.min(start + batch, options.staff); i++) {
      const gender = rnd() < 0.6 ? 'female' : 'male';
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
      const fullName = `${pickWeighted(rnd)} ${pick(MIDDLE[gender])} ${pick(GIVEN[gender])}`;
      const code = `NV${String(i + 1).padStart(6, '0')}`;
      const born = 1962 + Math.floor(rnd() * 40);
      const { sortKey, searchText } = derivedStaffColumns(fullName, code);
      const row = [
        code,
        fullName,
        gender,
        isoDate(born, rnd),
        pick(unitIds.slice(1)),
        pick(POSITIONS),
        isoDate(born + 22 + Math.floor(rnd() * 8), rnd),
        sortKey,
        searchText,
      ];
      row.forEach((value, c) => columns[c].push(value));
    }
    await dataSource.query(
      `INSERT INTO staff (code, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::uuid[], $6::text[], $7::date[], $8::text[], $9::text[])`,
      columns,
    );
  }
  await dataSource.query('ANALYZE');
  return { unitIds, departmentId: unitIds[1], staffCount: options.staff };
}
