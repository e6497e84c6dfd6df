/** Today in Vietnam (UTC+7, no daylight saving): the default start of a membership, the latest day a session may be held. */
export const vietnamToday = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** "15/12/2025": a date as the pages (and the database's refusals) write it. */
export const pageDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
