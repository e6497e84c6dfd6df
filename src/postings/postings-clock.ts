import { Injectable } from '@nestjs/common';

/** Vietnam's time is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The day it is in Vietnam, which decides whether a posting still takes objections and whether its
 * holds may go. One provider, so the e2e specs can stand on a day of the Tết 2026 posting rather
 * than on whatever day they run.
 */
@Injectable()
export class PostingsClock {
  now(): Date {
    return new Date();
  }

  /** YYYY-MM-DD in Vietnam. */
  today(): string {
    return new Date(this.now().getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  }
}

/** The instant a posting's period is over: the start, in Vietnam, of the day after its last day. */
export function postingClosesAt(endsOn: string): Date {
  const [year, month, day] = endsOn.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1) - VIETNAM_OFFSET_MS);
}
