import { IsOptional } from 'class-validator';
import { parsePageQuery } from '../views/page-queries.js';
import { IsOptionalDate } from './fields.js';
import { IsDateOnly } from './is-date-only.js';
import { daysInMonth, pageDateText, readDateFields, readPageDate } from './page-date.js';

describe('readPageDate', () => {
  it('reads dd/mm/yyyy as YYYY-MM-DD, with one or two digits for the day and month', () => {
    expect(readPageDate('15/08/1990')).toEqual({ ok: true, value: '1990-08-15' });
    expect(readPageDate('2/2/1993')).toEqual({ ok: true, value: '1993-02-02' });
  });

  it('reads yyyy-mm-dd as well', () => {
    expect(readPageDate('1990-08-15')).toEqual({ ok: true, value: '1990-08-15' });
    expect(readPageDate('1990-8-5')).toEqual({ ok: true, value: '1990-08-05' });
  });

  it('ignores spaces around the date', () => {
    expect(readPageDate('  15/08/1990 \t')).toEqual({ ok: true, value: '1990-08-15' });
  });

  it('knows leap years: 29/02 in 2024 and 2000, not in 2025 or 1900', () => {
    expect(readPageDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readPageDate('29/02/2000')).toEqual({ ok: true, value: '2000-02-29' });
    expect(readPageDate('29/02/2025')).toMatchObject({ ok: false, problem: 'noSuchDay', params: { day: 29, month: 2, year: 2025 } });
    expect(readPageDate('29/02/1900')).toMatchObject({ ok: false, problem: 'noSuchDay' });
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2100, 2)]).toEqual([29, 28, 28]);
  });

  it('says a day does not exist rather than a wrong format: 31/02, 31/04, 00/01', () => {
    expect(readPageDate('31/02/2025')).toEqual({
      ok: false,
      problem: 'noSuchDay',
      params: { value: '31/02/2025', day: 31, month: 2, year: 2025 },
    });
    expect(readPageDate('31/04/2025')).toMatchObject({ ok: false, problem: 'noSuchDay', params: { day: 31, month: 4 } });
    expect(readPageDate('30/04/2025')).toEqual({ ok: true, value: '2025-04-30' });
    expect(readPageDate('00/01/2025')).toMatchObject({ ok: false, problem: 'noSuchDay' });
    expect(readPageDate('2025-02-30')).toMatchObject({ ok: false, problem: 'noSuchDay' });
  });

  it('says a month does not exist: 15/13/2025', () => {
    expect(readPageDate('15/13/2025')).toMatchObject({ ok: false, problem: 'noSuchMonth', params: { month: 13 } });
  });

  it('refuses 2-digit years and anything that is not a date as a wrong format', () => {
    for (const text of ['15/08/90', '1/1/25', '15.08.1990', '15-08-1990', '08/15', '1990/08/15', '15/08/1990x', 'abc', '१५/०८/१९९०']) {
      expect(readPageDate(text)).toMatchObject({ ok: false, problem: 'format', params: { value: text.trim() } });
    }
  });

  it('refuses years the service does not keep', () => {
    expect(readPageDate('01/01/1899')).toMatchObject({ ok: false, problem: 'yearOutOfRange' });
    expect(readPageDate('01/01/2101')).toMatchObject({ ok: false, problem: 'yearOutOfRange' });
  });
});

describe('pageDateText', () => {
  it('shows a stored date dd/mm/yyyy and typed text as typed', () => {
    expect(pageDateText('1993-02-02')).toBe('02/02/1993');
    expect(pageDateText('31/02/2025')).toBe('31/02/2025');
    expect(pageDateText(null)).toBe('');
  });
});

class DatedForm {
  @IsOptionalDate()
  dateOfBirth?: string;

  @IsDateOnly()
  from!: string;

  @IsOptional()
  note?: string;
}

describe('readDateFields', () => {
  it("turns the DTO's date fields into YYYY-MM-DD and leaves the others alone", () => {
    const read = readDateFields({ dateOfBirth: ' 15/08/1990', from: '1/1/2024', note: '15/08/1990' }, DatedForm);
    expect(read).toEqual({ body: { dateOfBirth: '1990-08-15', from: '2024-01-01', note: '15/08/1990' }, details: [] });
  });

  it('leaves an empty field empty (not given)', () => {
    expect(readDateFields({ dateOfBirth: '', from: '2024-01-01' }, DatedForm).body).toEqual({ dateOfBirth: '', from: '2024-01-01' });
  });

  it('names the field and the problem, with the key of its message, and drops the value', () => {
    const read = readDateFields({ dateOfBirth: '31/02/2025', from: '15/08/90' }, DatedForm);
    expect(read.body).toEqual({});
    expect(read.details).toEqual([
      {
        field: 'dateOfBirth',
        constraint: 'isDateOnly',
        key: 'fieldErrors.dateNoSuchDay',
        params: { value: '31/02/2025', day: 31, month: 2, year: 2025 },
      },
      { field: 'from', constraint: 'isDateOnly', key: 'fieldErrors.dateFormat', params: { value: '15/08/90' } },
    ]);
  });
});

describe('page queries read dates as the forms do', () => {
  it('takes dd/mm/yyyy in an address, refuses a missing day with its message key, or defaults it', async () => {
    await expect(parsePageQuery(DatedForm, { from: '15/08/2024' }, 'refuse')).resolves.toMatchObject({ from: '2024-08-15' });
    await expect(parsePageQuery(DatedForm, { from: '2024-01-01', dateOfBirth: '31/02/2025' }, 'refuse')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'dateOfBirth', key: 'fieldErrors.dateNoSuchDay' })],
    });
    const defaulted = await parsePageQuery(DatedForm, { from: '2024-01-01', dateOfBirth: '31/02/2025' }, 'default');
    expect(defaulted).toMatchObject({ from: '2024-01-01' });
    expect(defaulted.dateOfBirth).toBeUndefined();
  });
});
