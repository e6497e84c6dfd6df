/**
 * Numbers as Vietnamese administrative documents print them: thousands separated by dots
 * ("710.000"), decimals after a comma ("0,3").
 */

/** An integer with dots between thousands: 710000 → "710.000", -1505000 → "-1.505.000". */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Not a whole number of đồng: ${value}`);
  }
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return value < 0 ? `-${digits}` : digits;
}

/** A coefficient (hệ số) with at most two decimals and a decimal comma: 0.3 → "0,3", 1 → "1", 1.25 → "1,25". */
export function formatCoefficient(value: number): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Not a coefficient: ${value}`);
  }
  const hundredths = Math.round(value * 100);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/u, '');
  return fraction === '' ? String(whole) : `${whole},${fraction}`;
}
