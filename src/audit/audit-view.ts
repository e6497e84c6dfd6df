/** One field of a record as it was before and after a change, written for people to read. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const shown = (value: unknown): string | null => {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** The fields that differ between the two snapshots (every field of a creation), in a stable order. */
export function auditChanges(before: object | null, after: object | null): AuditChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, before: shown(old[field]), after: shown(now[field]) }));
}

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "dd/mm/yyyy hh:mm:ss" in Vietnam's time (UTC+7, no daylight saving), whatever the server's zone. */
export function formatLocalTime(at: Date): string {
  const part = Object.fromEntries(LOCAL_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}:${part.second}`;
}
