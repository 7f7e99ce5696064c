/** Time helpers shared by the aggregation core. Everything is UTC milliseconds. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Parses an ISO 8601 date-time; throws rather than letting NaN poison the windows. */
export function parseTime(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${field} is not a date-time: ${JSON.stringify(iso)}`);
  return ms;
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function utcDay(ms: number): string {
  return dayString(Math.floor(ms / DAY_MS));
}

const dayStrings = new Map<number, string>();

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01), memoised: corroboration asks often. */
export function dayString(day: number): string {
  let s = dayStrings.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size < 100_000) dayStrings.set(day, s);
  }
  return s;
}

/** The calendar day `delta` days from `day` (`YYYY-MM-DD`). */
export function shiftDay(day: string, delta: number): string {
  return utcDay(Date.parse(`${day}T00:00:00.000Z`) + delta * DAY_MS);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
