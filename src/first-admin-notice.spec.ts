import { firstAdminNotice } from './first-admin-notice.js';

describe('firstAdminNotice', () => {
  it('frames the password in lines of one width, the password on a line of its own', () => {
    const notice = firstAdminNotice('admin', 'Zq3-x_Pw9sLk', 'http://127.0.0.1:3000/login');
    const lines = notice.split('\n');
    expect(lines[0]).toMatch(/^\+-+\+$/u);
    expect(lines.at(-1)).toBe(lines[0]);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^\| {5}Zq3-x_Pw9sLk +\|$/u));
    expect(notice).toContain('http://127.0.0.1:3000/login');
  });
});
