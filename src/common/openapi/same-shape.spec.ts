import { type Agrees, everyOf, type SameShape } from './same-shape.js';

/*
 * Compile-time checks, proven by compiling this file (ts-jest type-checks specs): each
 * `@ts-expect-error` line must be an error, or the file does not compile.
 */

interface View {
  id: string;
  year: number;
  endsOn: string | null;
  criteria: { code: string; met: boolean | null }[];
  rounding: { step: number } & { verified: boolean };
}

class CriterionResponse {
  code!: string;
  met!: boolean | null;
}

class RoundingResponse {
  step!: number;
  verified!: boolean;
}

class ViewResponse {
  id!: string;
  year!: number;
  endsOn!: string | null;
  criteria!: CriterionResponse[];
  rounding!: RoundingResponse;
}

class MissingField {
  id!: string;
  year!: number;
  criteria!: CriterionResponse[];
  rounding!: RoundingResponse;
}

class NotNullable {
  id!: string;
  year!: number;
  endsOn!: string;
  criteria!: CriterionResponse[];
  rounding!: RoundingResponse;
}

interface ViewWithReason extends View {
  criteria: { code: string; met: boolean | null; reason?: { key: string } }[];
}

export type Agreeing = Agrees<SameShape<ViewResponse, View>>;
// @ts-expect-error the class lacks `endsOn`
export type Missing = Agrees<SameShape<MissingField, View>>;
// @ts-expect-error the class says `endsOn` is never null
export type Nullability = Agrees<SameShape<NotNullable, View>>;
// @ts-expect-error an optional field added deep inside the view (criteria[].reason) is a difference too
export type DeepOptional = Agrees<SameShape<ViewResponse, ViewWithReason>>;

describe('SameShape: response classes agree with what services answer', () => {
  it('is checked by the compiler (this file compiles only if each expected error is one)', () => {
    const difference: SameShape<MissingField, View> = { documentedAndAnsweredDiffer: 'endsOn' };
    expect(difference.documentedAndAnsweredDiffer).toBe('endsOn');
  });

  it('everyOf lists every member of a union type', () => {
    expect(everyOf<'up' | 'none'>()(['up', 'none'])).toEqual(['up', 'none']);
    // @ts-expect-error 'none' is missing
    everyOf<'up' | 'none'>()(['up']);
  });
});
