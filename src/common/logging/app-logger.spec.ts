import { AppLogger } from './app-logger.js';

/** What the logger writes to stdout while `run` runs. */
function captured(run: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    run();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

describe('AppLogger', () => {
  it('writes ISO 8601 timestamps', () => {
    const out = captured(() => new AppLogger({ logLevels: ['log'], colors: false }).log('ready', 'Main'));
    expect(out).toMatch(/ \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z +LOG \[Main\] ready/u);
  });

  it('keeps the route mapping and module loading at debug level', () => {
    const atLog = new AppLogger({ logLevels: ['log'], colors: false });
    expect(captured(() => atLog.log('Mapped {/api/staff, GET} route', 'RouterExplorer'))).toBe('');
    expect(captured(() => atLog.log('AuthModule dependencies initialized', 'InstanceLoader'))).toBe('');
    const atDebug = new AppLogger({ logLevels: ['log', 'debug'], colors: false });
    expect(captured(() => atDebug.log('Mapped {/api/staff, GET} route', 'RouterExplorer'))).toMatch(/DEBUG \[RouterExplorer\] Mapped/u);
  });
});
