import {
  type LoadedStaff,
  NO_PEOPLE,
  type PackedStaffFacts,
  readPeople,
  readStaffFacts,
  readUnitFacts,
  type StaffRow,
  type UnitRow,
} from './packed-facts.js';

const person = (n: number, unitPath = '/root/'): StaffRow => ({
  id: `staff-${n}`,
  code: `NV${n}`,
  fullName: `Người ${n}`,
  unitId: unitPath.split('/').at(-2)!,
  unitName: 'Phòng',
  unitPath,
});

const nothingPacked: PackedStaffFacts = { appraisals: '', awards: '', initiatives: '', disciplines: '', freezes: [] };
const AWARD_TYPES = ['CSTDCS', 'LDTT', 'BANG_KHEN_TINH'];

describe('readPeople: the JSON list of people joined to their units', () => {
  const units = [
    { id: 'u1', name: 'Phòng Hành chính', path: '/u1/' },
    { id: 'u2', name: 'Tổ Tin học', path: '/u1/u2/' },
  ];

  it('reads no one from the empty list the query answers when no one is chosen', () => {
    expect(readPeople(NO_PEOPLE, units)).toEqual([]);
  });

  it('keeps the order of the list and takes each unit’s name and path', () => {
    const json = JSON.stringify([
      ['b', 'NV2', 'Trần Thị Bình', 'u2'],
      ['a', 'NV1', 'Nguyễn Văn An', 'u1'],
    ]);
    expect(readPeople(json, units)).toEqual([
      { id: 'b', code: 'NV2', fullName: 'Trần Thị Bình', unitId: 'u2', unitName: 'Tổ Tin học', unitPath: '/u1/u2/' },
      { id: 'a', code: 'NV1', fullName: 'Nguyễn Văn An', unitId: 'u1', unitName: 'Phòng Hành chính', unitPath: '/u1/' },
    ]);
  });

  it('keeps free-text names as they are, separators and quotes included', () => {
    const json = JSON.stringify([['a', 'NV1', 'Lê "Út", Nhỏ', 'u1']]);
    expect(readPeople(json, units)[0].fullName).toBe('Lê "Út", Nhỏ');
  });
});

describe('readStaffFacts: packed records unpacked into each person’s facts', () => {
  it('gives nobody nothing: no people, no facts', () => {
    expect(readStaffFacts([], nothingPacked, AWARD_TYPES)).toEqual(new Map());
  });

  it('gives a person with no history empty facts of every kind, named by id and full name', () => {
    const facts = readStaffFacts([person(1)], nothingPacked, AWARD_TYPES);
    expect(facts.get('staff-1')).toEqual({
      staffId: 'staff-1',
      fullName: 'Người 1',
      appraisals: new Map(),
      awards: [],
      initiatives: [],
      disciplines: [],
      freezes: [],
    });
  });

  it('puts each record on the person its number names (1-based, in the order of the people)', () => {
    const people = [person(1), person(2), person(3)];
    const facts = readStaffFacts(
      people,
      { ...nothingPacked, appraisals: '3 2023 excellent,1 2023 good,3 2024 good', initiatives: '2 2022 provincial' },
      AWARD_TYPES,
    );
    expect([...facts.get('staff-1')!.appraisals]).toEqual([[2023, 'good']]);
    expect(facts.get('staff-2')!.appraisals.size).toBe(0);
    expect(facts.get('staff-2')!.initiatives).toEqual([{ year: 2022, level: 'provincial' }]);
    expect([...facts.get('staff-3')!.appraisals]).toEqual([
      [2023, 'excellent'],
      [2024, 'good'],
    ]);
  });

  it('leaves the people with no record of a kind empty while others have some', () => {
    const facts = readStaffFacts([person(1), person(2)], { ...nothingPacked, awards: '2 2024 CSTDCS regular 0' }, AWARD_TYPES);
    expect(facts.get('staff-1')!.awards).toEqual([]);
    expect(facts.get('staff-2')!.awards).toEqual([{ awardType: 'CSTDCS', year: 2024, basis: 'regular', revoked: false }]);
  });

  it('reads awards with their basis, revoked ones flagged and kept', () => {
    const facts = readStaffFacts(
      [person(1)],
      { ...nothingPacked, awards: '1 2022 LDTT regular 1,1 2023 CSTDCS ad_hoc 0,1 2024 BANG_KHEN_TINH thematic 1' },
      AWARD_TYPES,
    );
    expect(facts.get('staff-1')!.awards).toEqual([
      { awardType: 'LDTT', year: 2022, basis: 'regular', revoked: true },
      { awardType: 'CSTDCS', year: 2023, basis: 'ad_hoc', revoked: false },
      { awardType: 'BANG_KHEN_TINH', year: 2024, basis: 'thematic', revoked: true },
    ]);
  });

  it('reads a discipline still running (no end, packed as "-") as open-ended, and a closed one with its end', () => {
    const facts = readStaffFacts(
      [person(1)],
      { ...nothingPacked, disciplines: '1 reprimand 2023-03-01 -,1 warning 2021-01-15 2021-12-31' },
      AWARD_TYPES,
    );
    expect(facts.get('staff-1')!.disciplines).toEqual([
      { level: 'reprimand', from: '2023-03-01', to: null },
      { level: 'warning', from: '2021-01-15', to: '2021-12-31' },
    ]);
  });

  it('reads freezes from plain rows, the number as text or number, an open end as null', () => {
    const facts = readStaffFacts(
      [person(1), person(2)],
      {
        ...nothingPacked,
        freezes: [
          { n: '2', reason: 'Đang xem xét kỷ luật, tạm dừng', from: '2024-02-01', to: null },
          { n: 1, reason: 'Thanh tra', from: '2023-01-01', to: '2023-06-30' },
        ],
      },
      AWARD_TYPES,
    );
    expect(facts.get('staff-1')!.freezes).toEqual([{ reason: 'Thanh tra', from: '2023-01-01', to: '2023-06-30' }]);
    expect(facts.get('staff-2')!.freezes).toEqual([{ reason: 'Đang xem xét kỷ luật, tạm dừng', from: '2024-02-01', to: null }]);
  });

  it('reads every kind at once without one kind’s text running into another', () => {
    const facts = readStaffFacts(
      [person(1)],
      {
        appraisals: '1 2024 excellent',
        awards: '1 2024 CSTDCS regular 0',
        initiatives: '1 2024 grassroots',
        disciplines: '1 reprimand 2020-01-01 2020-12-31',
        freezes: [],
      },
      AWARD_TYPES,
    );
    const facts1 = facts.get('staff-1')!;
    expect([...facts1.appraisals]).toEqual([[2024, 'excellent']]);
    expect(facts1.awards).toHaveLength(1);
    expect(facts1.initiatives).toEqual([{ year: 2024, level: 'grassroots' }]);
    expect(facts1.disciplines).toEqual([{ level: 'reprimand', from: '2020-01-01', to: '2020-12-31' }]);
  });

  it('passes a word outside the known list through as it is, so the engine sees what is stored', () => {
    const facts = readStaffFacts([person(1)], { ...nothingPacked, appraisals: '1 2024 unheard_of' }, AWARD_TYPES);
    expect(facts.get('staff-1')!.appraisals.get(2024)).toBe('unheard_of');
  });

  it('returns the known word itself, not a copy cut from the text', () => {
    const facts = readStaffFacts([person(1)], { ...nothingPacked, awards: '1 2024 CSTDCS regular 0' }, AWARD_TYPES);
    expect(facts.get('staff-1')!.awards[0].awardType).toBe(AWARD_TYPES[0]);
  });

  it('reads thousands of people with multi-digit numbers, each record on its own person', () => {
    const people = Array.from({ length: 12_345 }, (_, i) => person(i + 1));
    const appraisals = people.map((_, i) => `${i + 1} ${2000 + (i % 25)} ${i % 2 === 0 ? 'good' : 'excellent'}`).join(',');
    const facts = readStaffFacts(people, { ...nothingPacked, appraisals }, AWARD_TYPES);
    expect(facts.size).toBe(12_345);
    expect([...facts.get('staff-1')!.appraisals]).toEqual([[2000, 'good']]);
    expect([...facts.get('staff-10000')!.appraisals]).toEqual([[2024, 'excellent']]);
    expect([...facts.get('staff-12345')!.appraisals]).toEqual([[2019, 'good']]);
    expect([...facts.values()].every((f) => f.appraisals.size === 1)).toBe(true);
  });
});

describe('readUnitFacts: a unit’s own facts and its members', () => {
  const units: UnitRow[] = [
    { id: 'dept', code: 'PHONG', name: 'Phòng', path: '/root/dept/' },
    { id: 'team', code: 'TO', name: 'Tổ', path: '/root/dept/team/' },
  ];
  const noMembers: LoadedStaff = { rows: [], facts: new Map() };
  const noRows = { appraisals: [], awards: [], freezes: [] };

  it('gives no units nothing', () => {
    expect(readUnitFacts([], noRows, noMembers)).toEqual(new Map());
  });

  it('gives a unit with no history and no members empty facts', () => {
    expect(readUnitFacts(units.slice(0, 1), noRows, noMembers).get('dept')).toEqual({
      unitId: 'dept',
      appraisals: new Map(),
      awards: [],
      freezes: [],
      members: [],
    });
  });

  it('reads appraisals, awards (revoked flagged) and freezes (open-ended as null), years as numbers', () => {
    const facts = readUnitFacts(
      units,
      {
        appraisals: [{ subjectId: 'team', year: '2024', rating: 'excellent' }],
        awards: [
          { subjectId: 'dept', awardType: 'TTLDTT', year: 2023, basis: 'regular', revoked: true },
          { subjectId: 'dept', awardType: 'TTLDXS', year: '2024', basis: 'regular', revoked: false },
        ],
        freezes: [{ subjectId: 'team', reason: 'Thanh tra', from: '2024-01-01', to: null }],
      },
      noMembers,
    );
    expect([...facts.get('team')!.appraisals]).toEqual([[2024, 'excellent']]);
    expect(facts.get('dept')!.awards).toEqual([
      { awardType: 'TTLDTT', year: 2023, basis: 'regular', revoked: true },
      { awardType: 'TTLDXS', year: 2024, basis: 'regular', revoked: false },
    ]);
    expect(facts.get('team')!.freezes).toEqual([{ reason: 'Thanh tra', from: '2024-01-01', to: null }]);
    expect(facts.get('dept')!.freezes).toEqual([]);
  });

  it('ignores rows of units that were not selected', () => {
    const facts = readUnitFacts(
      units.slice(0, 1),
      { ...noRows, appraisals: [{ subjectId: 'elsewhere', year: 2024, rating: 'good' }] },
      noMembers,
    );
    expect(facts.get('dept')!.appraisals.size).toBe(0);
    expect(facts.has('elsewhere')).toBe(false);
  });

  it('places each member in every selected unit on their unit’s path: a department counts its teams’ staff', () => {
    const rows = [person(1, '/root/dept/'), person(2, '/root/dept/team/'), person(3, '/root/other/')];
    const members: LoadedStaff = { rows, facts: readStaffFacts(rows, nothingPacked, AWARD_TYPES) };
    const facts = readUnitFacts(units, noRows, members);
    expect(facts.get('dept')!.members.map((m) => m.staffId)).toEqual(['staff-1', 'staff-2']);
    expect(facts.get('team')!.members.map((m) => m.staffId)).toEqual(['staff-2']);
  });

  it('places many members, in the order of the people, and shares each member’s facts between units', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => person(i + 1, i % 2 === 0 ? '/root/dept/' : '/root/dept/team/'));
    const members: LoadedStaff = { rows, facts: readStaffFacts(rows, nothingPacked, AWARD_TYPES) };
    const facts = readUnitFacts(units, noRows, members);
    expect(facts.get('dept')!.members).toHaveLength(2_000);
    expect(facts.get('team')!.members).toHaveLength(1_000);
    expect(
      facts
        .get('dept')!
        .members.slice(0, 3)
        .map((m) => m.staffId),
    ).toEqual(['staff-1', 'staff-2', 'staff-3']);
    expect(facts.get('team')!.members[0]).toBe(members.facts.get('staff-2'));
  });

  it('skips a person listed without facts', () => {
    const members: LoadedStaff = { rows: [person(1, '/root/dept/')], facts: new Map() };
    expect(readUnitFacts(units, noRows, members).get('dept')!.members).toEqual([]);
  });
});
