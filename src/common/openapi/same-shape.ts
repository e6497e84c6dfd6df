/*
 * Compile-time agreement between a response class (what the OpenAPI document says) and the type a
 * service returns (what the API answers). Swagger needs classes; services return interfaces. Each
 * response file ends with
 *
 *   export type StaffResponseAgrees = Agrees<SameShape<StaffResponse, StaffView>>;
 *
 * which stops compiling, naming the fields, as soon as either side changes without the other.
 */

/** True only when A and B are the same type: the same fields, optional and nullable alike. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The type written out as plain nested objects, so `X & { y }` and a class with x and y compare equal. */
export type Plain<T> = T extends Date ? T : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** The top-level fields where A and B differ: missing on one side, or of another type (differences inside included). */
export type FieldsThatDiffer<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A ? (K extends keyof B ? (Equal<Plain<A[K]>, Plain<B[K]>> extends true ? never : K) : K) : K;
}[keyof A | keyof B];

/** `true` when the shapes agree all the way down; otherwise an object naming the fields that differ. */
export type SameShape<Documented, Answered> =
  Equal<Plain<Documented>, Plain<Answered>> extends true ? true : { documentedAndAnsweredDiffer: FieldsThatDiffer<Documented, Answered> };

/** Compiles only for `true`, so a `SameShape` that found differences is a compile error that lists them. */
export type Agrees<Check extends true> = Check;

/**
 * A runtime list of every member of the union `T`, for a documented enum where the code has only the
 * type: `everyOf<RoundingMode>()(['up', 'nearest', 'none'])` stops compiling when a member is missing.
 */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
