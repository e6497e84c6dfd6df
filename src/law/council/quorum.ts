import { BallotTotalsExceedMembers, InvalidCouncilCount, InvalidCouncilThreshold } from './council.errors.js';
import { reaches, smallestCountReaching, type Fraction } from './council-settings.js';
import type { CouncilMeetingSettings } from './council-settings.js';

export interface AttendanceRule {
  share: Fraction;
  /** The fewest members present that satisfy it. */
  required: number;
  met: boolean;
  verified: boolean;
  source: string;
}

export interface SessionAttendance {
  members: number;
  present: number;
  /** The council may meet (quorum, e.g. ≥ 2/3 of members). */
  quorum: AttendanceRule;
  /** The session may consider awards (e.g. ≥ 80 % of members present; the absent vote in writing). */
  awards: AttendanceRule;
}

/**
 * Whether a council session has its quorum and the attendance needed to consider awards, counted on
 * all members, in integers (20 of 30 is exactly 2/3). domain-rules §2.9: Bắc Ninh QĐ 86/2025 Điều 8
 * for the provincial council; both are settings, unverified for a unit's council.
 */
export function sessionAttendance(members: number, present: number, settings: CouncilMeetingSettings): SessionAttendance {
  if (!Number.isSafeInteger(members) || members < 1) {
    throw new InvalidCouncilCount('members', members);
  }
  if (!Number.isSafeInteger(present) || present < 0) {
    throw new InvalidCouncilCount('present', present);
  }
  if (present > members) {
    throw new BallotTotalsExceedMembers(present, members, 'members');
  }
  const rule = (setting: CouncilMeetingSettings['quorum']): AttendanceRule => {
    const { numerator, denominator } = setting.value;
    // Settings are edited data: a share must be exact and at most the whole council.
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 1 || numerator > denominator) {
      throw new InvalidCouncilThreshold(`${numerator}/${denominator}`);
    }
    return {
      share: setting.value,
      required: smallestCountReaching(setting.value, members),
      met: reaches(present, members, setting.value),
      verified: setting.verified,
      source: setting.source,
    };
  };
  return { members, present, quorum: rule(settings.quorum), awards: rule(settings.awardsAttendance) };
}
