import type { StaffFacts, UnitFacts } from '../facts.js';
import type { EvaluationContext } from './criterion-spec.js';

/** Rulebooks attach person-only and collective-only kinds to the right subject; these guard that wiring. */

export function staffOf(context: EvaluationContext, kind: string): StaffFacts {
  if (context.subject.kind !== 'staff') {
    throw new Error(`Criterion kind ${kind} applies to a person, not a collective`);
  }
  return context.subject.facts;
}

export function unitOf(context: EvaluationContext, kind: string): UnitFacts {
  if (context.subject.kind !== 'unit') {
    throw new Error(`Criterion kind ${kind} applies to a collective, not a person`);
  }
  return context.subject.facts;
}

/** How a member is named in a reason: the full name when known. */
export function memberName(member: StaffFacts): string {
  return member.fullName ?? member.staffId;
}
