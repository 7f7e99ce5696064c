/** Test helper: the value, or a failed test saying what was missing (instead of a `!`). */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected a ${what}`);
  return value;
}
