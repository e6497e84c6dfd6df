import type { AuditEntry } from './audit-entry.entity.js';
import { mentionedIds, NO_NAMES, type RecordNames } from './audit-names.js';
import { auditChanges, formatLocalTime, readableChanges, readableValue, recordLabel } from './audit-view.js';

const UNIT = '00000000-0000-4000-8000-000000000001';
const OTHER_UNIT = '00000000-0000-4000-8000-000000000002';
const PERSON = '00000000-0000-4000-8000-000000000003';
const names: RecordNames = {
  ...NO_NAMES,
  staff: new Map([[PERSON, { fullName: 'Lê Thị Hoa', code: 'TV-01' }]]),
  units: new Map([
    [UNIT, 'Thư viện tỉnh'],
    [OTHER_UNIT, 'Phòng Đọc'],
  ]),
  awardTypes: new Map([['LDTT', 'Lao động tiên tiến']]),
};
const entry = (overrides: Partial<AuditEntry>): AuditEntry =>
  ({
    id: '1',
    at: new Date(),
    actorId: null,
    actorName: 'system',
    entity: 'staff',
    entityId: PERSON,
    action: 'create',
    before: null,
    after: null,
    requestId: null,
    ...overrides,
  }) as AuditEntry;

describe('audit view', () => {
  it('lists only the fields that changed, before and after', () => {
    const changes = auditChanges(
      { fullName: 'Lê Văn A', status: 'active', leftOn: null },
      { fullName: 'Lê Văn A', status: 'left', leftOn: '2025-12-31' },
    );
    expect(changes).toEqual([
      { field: 'status', before: 'active', after: 'left' },
      { field: 'leftOn', before: null, after: '2025-12-31' },
    ]);
  });

  it('lists every field of a creation, with no earlier value', () => {
    expect(auditChanges(null, { code: 'NV1', unitIds: ['a'] })).toEqual([
      { field: 'code', before: null, after: 'NV1' },
      { field: 'unitIds', before: null, after: '["a"]' },
    ]);
  });

  it('shows the time in Vietnam (UTC+7), even across midnight UTC', () => {
    expect(formatLocalTime(new Date('2025-12-31T17:30:05Z'))).toBe('01/01/2026 00:30:05');
  });

  describe('in words (issue 8 item 10)', () => {
    it('names ids, words codes, writes dates dd/mm/yyyy and booleans Có/Không', () => {
      expect(readableValue('staff', 'unitId', UNIT, names, 'vi')).toBe('Thư viện tỉnh');
      expect(readableValue('users', 'unitIds', [UNIT, OTHER_UNIT], names, 'vi')).toBe('Thư viện tỉnh, Phòng Đọc');
      expect(readableValue('staff', 'gender', 'female', names, 'vi')).toBe('Nữ');
      expect(readableValue('appraisals', 'rating', 'excellent', names, 'vi')).toBe('Hoàn thành xuất sắc nhiệm vụ');
      expect(readableValue('users', 'roles', ['admin', 'hr_officer'], names, 'vi')).toBe('Quản trị, Cán bộ tổ chức');
      expect(readableValue('staff', 'dateOfBirth', '1990-08-15', names, 'vi')).toBe('15/08/1990');
      expect(readableValue('users', 'active', false, names, 'vi')).toBe('Không');
      expect(readableValue('base-salaries', 'amount', 2340000, names, 'vi')).toBe('2.340.000');
      expect(readableValue('awards', 'awardType', 'LDTT', names, 'vi')).toBe('Lao động tiên tiến');
      // A unit since removed, or a code the catalogue no longer words, stays as stored.
      expect(readableValue('staff', 'unitId', PERSON, names, 'vi')).toBe(PERSON);
      expect(readableValue('staff', 'gender', 'other', names, 'vi')).toBe('other');
    });

    it('labels fields in the page’s language and leaves out the record’s own id', () => {
      const changes = readableChanges('staff', null, { id: PERSON, unitId: UNIT, position: 'Thủ thư' }, names, 'en');
      expect(changes).toEqual([
        { field: 'unitId', label: 'Unit', before: null, after: 'Thư viện tỉnh' },
        { field: 'position', label: 'Position', before: null, after: 'Thủ thư' },
      ]);
    });

    it('names a history record by its person and year, linked to their history', () => {
      const label = recordLabel(
        entry({ entity: 'awards', entityId: 'a1', after: { staffId: PERSON, awardType: 'LDTT', year: 2024 } }),
        names,
        'vi',
      );
      expect(label).toEqual({ name: 'Lê Thị Hoa (TV-01) · Lao động tiên tiến 2024', href: `/staff/${PERSON}/history` });
      expect(recordLabel(entry({}), names, 'vi')).toEqual({ name: 'Lê Thị Hoa (TV-01)', href: `/staff/${PERSON}` });
      expect(recordLabel(entry({ entity: 'units', entityId: OTHER_UNIT }), NO_NAMES, 'vi').name).toBe(`Bản ghi ${OTHER_UNIT}`);
    });

    it('collects every id a page mentions, by kind, to name each kind in one query', () => {
      const ids = mentionedIds([
        entry({ actorId: 'user-1' }),
        entry({ entity: 'users', entityId: 'user-2', after: { unitIds: [UNIT, OTHER_UNIT] } }),
        entry({ entity: 'appraisals', entityId: 'r1', before: { staffId: PERSON, unitId: null } }),
      ]);
      expect(ids.staff).toEqual(new Set([PERSON]));
      expect(ids.users).toEqual(new Set(['user-1', 'user-2']));
      expect(ids.units).toEqual(new Set([UNIT, OTHER_UNIT]));
    });
  });
});
