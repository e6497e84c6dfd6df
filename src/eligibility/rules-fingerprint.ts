import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the law as this build has it: the SHA-256 of every source file under `src/law/`
 * (the built `.js`, or the `.ts` under the tests), specs excepted. Results of the candidates list are
 * kept under it, so a release that changes a rule, a threshold or a province setting never reads a
 * result the previous one computed; one that changes nothing else keeps them.
 */
export function rulesFingerprint(lawFolder: string = fileURLToPath(new URL('../law/', import.meta.url))): string {
  const hash = createHash('sha256');
  const files = readdirSync(lawFolder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|ts)$/u.test(file) && !/\.(spec|d)\.(js|ts)$/u.test(file))
    .sort();
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(`${lawFolder}/${file}`))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
