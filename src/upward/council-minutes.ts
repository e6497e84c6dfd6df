import type { EntityManager } from 'typeorm';

/**
 * THE PLACE FOR THE COUNCIL'S MINUTES in the dossier (biên bản họp Hội đồng Thi đua – Khen thưởng,
 * with its ballot tally: Law 2022 Art. 84, domain-rules §4.1 item 3). The council feature renders
 * its minutes itself; the dossier only puts the files beside its own documents in the download.
 *
 * Until the council feature is joined, `NO_COUNCIL_MINUTES` answers none and the archive's table of
 * contents says the signed paper minutes are to be added. Joining it is one provider in
 * `upward.module.ts`: `{ provide: COUNCIL_MINUTES_SOURCE, useFactory: (council) => ({ minutesFor: … }), inject: [...] }`,
 * answering, for the nominations of the dossier, the minutes (and tallies) of the sessions that voted on them.
 */
export interface DossierAttachment {
  /** The file's name inside the archive, without the numbering prefix: "bien-ban-hop-hoi-dong-03-BB-HDTDKT.pdf". */
  fileName: string;
  /** What the table of contents calls it: "Biên bản họp Hội đồng Thi đua - Khen thưởng số 03/BB-HĐTĐKT". */
  title: string;
  content: Buffer;
}

export interface CouncilMinutesSource {
  /** The minutes of the sessions that passed these nominations, in the caller's transaction or none. */
  minutesFor(manager: EntityManager, nominationIds: readonly string[]): Promise<DossierAttachment[]>;
}

export const COUNCIL_MINUTES_SOURCE = Symbol('COUNCIL_MINUTES_SOURCE');

/** No minutes in the system yet: the table of contents asks for the signed paper copy. */
export const NO_COUNCIL_MINUTES: CouncilMinutesSource = { minutesFor: () => Promise.resolve([]) };
