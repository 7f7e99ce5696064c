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

/** The last instant toISOString writes with a four-digit year (9999-12-31T23:59:59.999Z), + 1. */
const YEAR_10000_MS = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * new Date(ms).toISOString(): the day from dayString (memoised), the time of
 * day by arithmetic. A Date and its formatting per call were 3–4 % of the
 * aggregate's CPU (a claim's times are checked by writing them back); this
 * is about a third of that. Outside 1970…9999 or for a fraction of a ms (or
 * NaN, which throws), toISOString itself. time.util.spec.ts compares the two.
 */
export function iso(ms: number): string {
  if (!(ms >= 0 && ms < YEAR_10000_MS) || ms % 1 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let t = ms - day * DAY_MS;
  const milli = t % 1000;
  t = (t - milli) / 1000;
  const s = t % 60;
  t = (t - s) / 60;
  const m = t % 60;
  const h = (t - m) / 60;
  return `${dayString(day)}T${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[s]}.${THREE_DIGITS[milli]}Z`;
}

/** iso(ms).slice(0, 10), the UTC day of an instant as toISOString writes it, without the time of day. */
export function isoDay(ms: number): string {
  return ms >= 0 && ms < YEAR_10000_MS ? dayString(Math.floor(ms / DAY_MS)) : iso(ms).slice(0, 10);
}
