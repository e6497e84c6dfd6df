import { Foundation1764086400000 } from './1764086400000-Foundation.js';

/** Every migration, in order. Listed explicitly: ESM builds have no glob loading. */
export const MIGRATIONS = [Foundation1764086400000];
