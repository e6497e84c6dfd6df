import { normalizeText } from '../common/text/vietnamese.js';
import { isDateOnly } from '../common/validation/is-date-only.js';
import { DEMO_ISSUERS, DEMO_ROOT_UNIT_CODE, DEMO_STAFF, DEMO_UNITS, DEMO_USERS } from './demo-data.js';
import { RECORD_CODE_PATTERN, ROLES } from '../kernel/index.js';

// The demo is loaded through the services at `npm run demo`; these checks catch a broken data file
// before anyone runs it.
describe('demo data', () => {
  const unitCodes = DEMO_UNITS.map((u) => u.code);

  it('has a library with its departments, each parent listed before its children', () => {
    expect(DEMO_UNITS[0]).toEqual({ code: DEMO_ROOT_UNIT_CODE, name: 'Thư viện tỉnh Vĩnh Phúc' });
    DEMO_UNITS.slice(1).forEach((unit, index) => {
      expect(unitCodes.slice(0, index + 1)).toContain(unit.parentCode);
    });
    expect(DEMO_UNITS.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Phòng Phục vụ bạn đọc', 'Phòng Tuyên truyền & phong trào cơ sở', 'Phòng Thông tin – Thư mục']),
    );
    expect(new Set(unitCodes).size).toBe(unitCodes.length);
  });

  it('has about 40 staff with unique valid codes, tidy NFC names, both genders and real dates', () => {
    expect(DEMO_STAFF.length).toBeGreaterThanOrEqual(38);
    expect(DEMO_STAFF.length).toBeLessThanOrEqual(45);
    expect(new Set(DEMO_STAFF.map((s) => s.code)).size).toBe(DEMO_STAFF.length);
    for (const person of DEMO_STAFF) {
      expect(person.code).toMatch(RECORD_CODE_PATTERN);
      expect(person.fullName).toBe(normalizeText(person.fullName));
      expect(unitCodes).toContain(person.unitCode);
      expect([person.dateOfBirth, person.startedOn, person.leftOn ?? '2000-01-01'].every(isDateOnly)).toBe(true);
      // Started work as an adult.
      expect(Number(person.startedOn.slice(0, 4)) - Number(person.dateOfBirth.slice(0, 4))).toBeGreaterThanOrEqual(18);
    }
    expect(new Set(DEMO_STAFF.map((s) => s.gender))).toEqual(new Set(['male', 'female']));
    expect(DEMO_STAFF.filter((s) => s.position === 'Giám đốc')).toHaveLength(1);
  });

  it('has the issuers of the library’s awards, Vĩnh Phúc’s until the merger of 1/7/2025 and Phú Thọ’s after', () => {
    expect(DEMO_ISSUERS.map((i) => [i.symbol, i.name, i.parentName ?? null, i.validFrom ?? null, i.validTo ?? null])).toEqual([
      ['SVHTTDL', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'UBND TỈNH PHÚ THỌ', '2025-07-01', null],
      ['UBND', 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ', null, '2025-07-01', null],
      ['SVHTTDL', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'UBND TỈNH VĨNH PHÚC', null, '2025-06-30'],
      ['UBND', 'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC', null, '1997-01-01', '2025-06-30'],
    ]);
    // Each ended body names its successor, created before it (so the demo can point at it).
    DEMO_ISSUERS.forEach((issuer, index) => {
      if (issuer.validTo) {
        const successor = DEMO_ISSUERS.findIndex((i) => i.key === issuer.successorKey);
        expect(successor).toBeGreaterThanOrEqual(0);
        expect(successor).toBeLessThan(index);
        expect(DEMO_ISSUERS[successor].role).toBe(issuer.role);
      }
    });
  });

  it('has one user per role, the manager limited to one department', () => {
    expect(DEMO_USERS.flatMap((u) => u.roles).sort()).toEqual([...ROLES].sort());
    const manager = DEMO_USERS.find((u) => u.roles.includes('manager'));
    expect(manager?.unitCodes).toEqual(['TVVP-PVBD']);
    for (const user of DEMO_USERS) {
      expect(user.unitCodes.every((code) => unitCodes.includes(code))).toBe(true);
    }
  });
});
