/**
 * Rows per statement. Writes pass one array per column (`unnest`), so the parameter count stays
 * fixed; the batch only bounds the size of one statement.
 */
export const WRITE_BATCH = 1000;

export function chunks<T>(items: readonly T[], size = WRITE_BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}
