import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this file (src/config/ or dist/src/config/), never from the working directory. */
export const PACKAGE_ROOT = findPackageRoot();
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

function findPackageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.endsWith(join('dist', 'src', 'config')) ? join(here, '..', '..', '..') : join(here, '..', '..');
}
