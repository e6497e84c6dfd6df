import type { NominationState } from '../law/index.js';

/** What the API answers of upward dossiers (hồ sơ đề nghị cấp trên khen thưởng) and of the decisions that come back. */

export const NOMINATION_OUTCOMES = ['pending', 'granted', 'not_granted'] as const;
/** Where a nomination of the dossier stands: no answer yet, awarded, or not awarded by the level above. */
export type NominationOutcome = (typeof NOMINATION_OUTCOMES)[number];

export interface DossierSummary {
  id: string;
  year: number;
  addressee: string;
  issuerId: string | null;
  issuerName: string | null;
  unitId: string | null;
  unitName: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  nominationCount: number;
  /** Nominations the level above has not answered yet. */
  pendingCount: number;
}

export interface DossierNominationView {
  id: string;
  year: number;
  awardType: string;
  awardName: string;
  staffId: string | null;
  unitId: string | null;
  subjectName: string;
  proposedByUnitId: string;
  proposedByUnitName: string;
  state: NominationState;
  version: number;
  outcome: NominationOutcome;
  /** The decision from above that answered it, once recorded. */
  higherDecisionId: string | null;
  /** The award record it wrote into the history, when granted. */
  awardRecordId: string | null;
}

export interface SignedCopyInfo {
  sha256: string;
  size: number;
  fileName: string | null;
  uploadedAt: string;
}

/** A decision recorded from the level above. */
export interface HigherDecisionView {
  id: string;
  number: string;
  signedOn: string;
  issuerId: string | null;
  issuerName: string;
  createdAt: string;
  granted: number;
  notGranted: number;
  signedCopy: SignedCopyInfo | null;
}

export interface DossierDetail extends DossierSummary {
  nominations: DossierNominationView[];
  decisions: HigherDecisionView[];
  /** Where the documents are: each part in HTML, DOCX and PDF, and the whole dossier as one ZIP. */
  documents: {
    zip: string;
    parts: Array<{ part: 'submission' | 'list' | 'reports'; html: string; docx: string; pdf: string }>;
  };
}

/** What recording a decision from above answers: the decision, what became of each nomination, the awards written. */
export interface RecordedOutcome {
  decision: HigherDecisionView;
  granted: string[];
  notGranted: string[];
  awardRecordIds: string[];
}
