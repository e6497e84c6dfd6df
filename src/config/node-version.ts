/**
 * The Node.js versions the service runs on, the same range as `engines` in package.json: 20.19 or
 * later on the 20 line, 22.13+ and 24.11+ (the lines TypeORM 1 supports). 20.19 is the first 20.x
 * where `require()` loads an ES module without a flag: cookie 2 (under @fastify/cookie and
 * light-my-request) and file-type 22 (under @nestjs/common) are ES modules only, and although they
 * declare Node.js 22, they run on 20.19+ (the whole test suite does).
 */
export const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24.11.0';

/** The first supported minor version of each supported major line below the open-ended one. */
const FIRST_MINOR: Readonly<Record<number, number>> = { 20: 19, 22: 13, 24: 11 };
const OPEN_FROM_MAJOR = 25;

export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/u, '').split('.').map(Number);
  if (major >= OPEN_FROM_MAJOR) {
    return true;
  }
  const firstMinor = FIRST_MINOR[major];
  return firstMinor !== undefined && minor >= firstMinor;
}

export class UnsupportedNode extends Error {
  constructor(readonly version: string) {
    super(`This service needs Node.js ${SUPPORTED_NODE}; this is Node.js ${version}. Install a supported version (see README, "Start").`);
    this.name = 'UnsupportedNode';
  }
}

/** Refuses to start on a Node.js the service does not support, with a message that says which to install. */
export function assertSupportedNode(version: string = process.versions.node): void {
  if (!isSupportedNode(version)) {
    throw new UnsupportedNode(version);
  }
}
