import { auditChanges, formatLocalTime } from './audit-view.js';

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
});
