import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The years a date may carry. */
export const DATE_MIN_YEAR = 1900;
export const DATE_MAX_YEAR = 2100;

/** True for a real calendar date written YYYY-MM-DD, between 1900 and 2100 ("2023-02-30" is false). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  const year = Number(value.slice(0, 4));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR;
}

export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a real date written YYYY-MM-DD`, ...options },
      validator: { validate: isDateOnly },
    });
}
