import { isDateOnly } from './is-date-only.js';

describe('isDateOnly', () => {
  it.each(['2024-02-29', '1985-03-21', '2000-12-31'])('accepts %s', (value) => {
    expect(isDateOnly(value)).toBe(true);
  });

  it.each(['2023-02-29', '2023-02-30', '2023-13-01', '21/03/1985', '1985-3-21', '1800-01-01', '', 42, null])('rejects %s', (value) => {
    expect(isDateOnly(value)).toBe(false);
  });
});
