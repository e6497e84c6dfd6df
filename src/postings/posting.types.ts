import type { NominationState } from '../law/index.js';

/** The shortest period the posting's awards required on its start date, as the settings said it then. */
export interface PostingMinimumView {
  workingDays: number;
  source: string;
  /** False: "chưa xác minh" beside it (no national in-unit period was found, domain-rules §4.4). */
  verified: boolean;
  /** The State-level consultation of NĐ 152/2025 Điều 44 khoản 2 rather than the in-unit posting. */
  stateLevel: boolean;
}

/** One line of the posted list, as posted (the name, position, unit, award and achievements of that day). */
export interface PostingLineView {
  nominationId: string;
  subjectName: string;
  position: string | null;
  unitName: string;
  awardType: string;
  awardName: string;
  achievements: string;
  /** The nomination's state now (posted while the posting runs; withdrawn, proposed upward or decided later). */
  state: NominationState;
  /** Objections not resolved yet (a count anyone reading the posting sees). */
  openObjections: number;
}

/** An objection (ý kiến phản ánh) to one line, with its resolution once made. */
export interface ObjectionView {
  id: string;
  postingId: string;
  nominationId: string;
  subjectName: string;
  text: string;
  objectorId: string;
  objectorName: string;
  createdAt: string;
  resolvedAt: string | null;
  resolverName: string | null;
  resolution: string | null;
  /** True: the objection stands, the nomination stays held until it is withdrawn; false: the hold is released. */
  upheld: boolean | null;
}

/** A posting with its list and the objections the reader may see. */
export interface PostingView {
  id: string;
  startsOn: string;
  endsOn: string;
  workingDays: number;
  minimum: PostingMinimumView;
  /** Objections are taken (today, in Vietnam, is on or before the last day). */
  open: boolean;
  /** When the posting's holds were released (after its last day); null while it runs. */
  holdsReleasedAt: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  lines: PostingLineView[];
  /**
   * Council secretaries and admins see every objection; anyone else only their own (the names of
   * those who object stay with the council).
   */
  objections: ObjectionView[];
}

/** A posting in the list. */
export interface PostingSummaryView {
  id: string;
  startsOn: string;
  endsOn: string;
  workingDays: number;
  open: boolean;
  nominations: number;
  openObjections: number;
  createdByName: string;
  createdAt: string;
}

/** Where a nomination was posted, for other features (the nominations and decisions pages). */
export interface NominationPostingView {
  nominationId: string;
  postingId: string;
  startsOn: string;
  endsOn: string;
  /** Whether the posting's holds were released (its period has passed). */
  ended: boolean;
}
