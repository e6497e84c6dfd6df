/**
 * The first admin's password, framed, for the last lines of the start-up log: where a person who
 * just ran `npm start` looks, and not lost among the lines before it. Plain ASCII, so every console
 * (Windows' included) draws the frame.
 */
export function firstAdminNotice(username: string, password: string, loginUrl: string): string {
  const lines = [
    `First start: created the user "${username}" with the password`,
    '',
    `    ${password}`,
    '',
    'It is shown only this once. Sign in and choose your own:',
    `${loginUrl} (the page asks for a new password first).`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n');
}
