/**
 * Leaders first in a decision's attached list (practice of award lists, domain-rules §5.5): the
 * rank of a position, by the words it starts with. Data, not logic: a new title is one more row.
 * Anything else is staff (99), ordered by name after the leaders.
 */
export const LEADER_RANKS: ReadonlyArray<{ rank: number; titles: readonly string[] }> = [
  { rank: 1, titles: ['Giám đốc', 'Chủ tịch', 'Thủ trưởng'] },
  { rank: 2, titles: ['Phó Giám đốc', 'Phó Chủ tịch', 'Phó Thủ trưởng'] },
  { rank: 3, titles: ['Trưởng phòng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Trưởng ban'] },
  { rank: 4, titles: ['Phó Trưởng phòng', 'Phó Chánh Văn phòng', 'Phó Chánh Thanh tra', 'Phó Trưởng ban'] },
];

export const STAFF_RANK = 99;

const comparable = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');

const PREFIXES = LEADER_RANKS.flatMap(({ rank, titles }) => titles.map((title) => ({ rank, prefix: comparable(title) })))
  // The longest first: "phó giám đốc" must not be read as a "giám đốc" somewhere inside it.
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** "Phó Trưởng phòng Tổ chức cán bộ" → 4; "Chuyên viên" or none → 99. */
export function rankOfPosition(position: string | null | undefined): number {
  if (!position) {
    return STAFF_RANK;
  }
  const text = comparable(position);
  const found = PREFIXES.find(({ prefix }) => text === prefix || text.startsWith(`${prefix} `) || text.startsWith(`${prefix},`));
  return found?.rank ?? STAFF_RANK;
}
