/**
 * The date a sentence gives its event, resolved against the article's
 * publication date: explicit dates ("August 9", "9 August 2024",
 * "2024-08-09"), weekdays ("on Tuesday": the latest such day on or before
 * publication), "overnight"/"today"/"this morning" (the publication day) and
 * "last night"/"yesterday" (the day before). Null when it cannot be resolved.
 */
import { MONTHS, WEEKDAYS } from './lexicon';
import { RULES } from './rules';

const MONTH_RE =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const ISO = /\b(20\d{2})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_SOURCE = `\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`;
const MONTH_DAY = new RegExp(MONTH_DAY_SOURCE, 'i');
// (not after a day: "on 3 June 12 drones were shot down" is 3 June, and the 12 a count, rule dayMonthCount)
const MONTH_DAY_NOT_AFTER_DAY = new RegExp(`(?<!\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)${MONTH_DAY_SOURCE}`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'i');
// "since Tuesday", "until Friday": the span's edge, not the event's day
const WEEKDAY =
  /\b(?<!since |until |till )(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thurs|fri|sat)\b(?!\.\s*\d)(?=\s+(?:morning|evening|night|afternoon)|\b)/i;
const WEEKDAY_SHORT: Record<string, string> = {
  sun: 'sunday',
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
};
// "on the 17th", "on the night of the 25th (local time)": a day of the publication's month, as translated Asian wire copy
// writes it; not "the 17th brigade", "of the 93rd and 47th brigades" or "the 5th of May" (DAY_MONTH's)
const ORDINAL_DAY = new RegExp(
  `\\b(?:on|(?:night|day|morning|evening|afternoon)\\s+of)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_RE})(?=\\s*(?:[,.;:()—–]|$|(?:local|morning|evening|night|afternoon|at|that|when|in|from|to|as)\\b))`,
  'i',
);
const SAME_DAY =
  /\b(overnight|today|this morning|tonight|earlier today|this evening|(?:during|over|in)\s+the\s+(?:past\s+|last\s+)?night|past night)\b/i;
const LAST_NIGHT = /\blast night\b/i;
// A night told by both its days ends on the later one, as "overnight" in a morning report does (rule nightEndsDay):
// "overnight from June 16 to 17", "on the night of May 5 to 6" (not "April 28 and 12 on April 29", a count; not "April
// 30 to 1 May", whose second day has its own month: DAY_MONTH reads it)
const NIGHT_MONTH_DAYS = new RegExp(
  `\\b(?:over)?night\\b[^.;]{0,25}?\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|into|-|–|—)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:[-–]|${MONTH_RE.replace('(', '(?:')}))(?!\\s+(?:\\S+\\s+){0,2}(?:drones?|uavs?|missiles?|rockets?|bombs?|targets?|aircraft|jets?|helicopters?|shaheds?)\\b)(?:,?\\s+(\\d{4}))?`,
  'i',
);
// "on the night from Sunday to Monday", "overnight Saturday to Sunday", "Tuesday-to-Wednesday night": a night told by
// both its weekdays ends on the later one (rule weekdayNightSpan); not "between Wednesday and Sunday last week", a span
const WEEKDAY_NAMES = WEEKDAYS.join('|');
const WEEKDAY_NIGHT_SPAN = new RegExp(
  `\\b(?:(?:over)?night\\b[^.;]{0,20}?\\b(${WEEKDAY_NAMES})\\s*(?:-?(?:to|into)-?|-|–|—)\\s*(${WEEKDAY_NAMES})\\b|(${WEEKDAY_NAMES})\\s*(?:-?(?:to|into)-?|-|–|—)\\s*(${WEEKDAY_NAMES})\\s+night\\b|(${WEEKDAY_NAMES})\\s+night\\s+(?:into|to)\\s+(${WEEKDAY_NAMES})\\b)`,
  'i',
);
// "between Tuesday night and Wednesday morning", "from Friday evening to Saturday morning", "from Friday night into the
// early hours of Saturday": the same one night, told by its evening and its morning (rule eveningToMorning)
const EVENING_TO_MORNING = new RegExp(
  `\\b(?:between|from)\\s+(?:the\\s+)?(?:late\\s+(${WEEKDAY_NAMES})(?:\\s+(?:night|evening))?|(${WEEKDAY_NAMES})\\s+(?:night|evening|afternoon))\\s+(?:and|to|into|until|till|through)\\s+(?:the\\s+)?(?:early\\s+)?(?:(?:early\\s+)?(?:hours|morning)\\s+of\\s+)?(${WEEKDAY_NAMES})\\b(?!\\s+(?:evening|night|afternoon)\\b)`,
  'i',
);
// "said on 30/4", "at about 1:20 on 11/9", "on 31/12/2025": a day and month joined by a slash, after "on" (not "24/7", a
// fraction or a score) (rule slashDate)
const SLASH_DATE =
  /\b[Oo]n\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])(?!\s*(?:of|occasions|times|targets|attempts)\b)/;
/** "overnight on 8/9", "the night of 8/9": a night told by its two days, no one date. */
const NIGHT_BEFORE_SLASH = /\b(?:over)?night\b[^.;]{0,12}$/i;
/** A night told as past ("a week ago", "last", "previous"): never the day after the stamp. */
const NIGHT_BACK = /\b(?:ago|last|previous|earlier)\b/i;
// "on Monday night" in a Tuesday morning report
const WEEKDAY_NIGHT = /^\s+night\b/i;
const DAY_BEFORE = /\b(yesterday|the day before)\b/i;

export function eventDateOf(sentence: string, publishedAt: string | null | undefined): string | null {
  const pub = parseDay(publishedAt);
  let m = ISO.exec(sentence);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if (RULES.nightEndsDay && (m = NIGHT_MONTH_DAYS.exec(sentence))) {
    // ("the night of January 31 to 1": the second day in the next month)
    const month = MONTHS.get(m[1]!.toLowerCase())!;
    const [first, second] = [Number(m[2]), Number(m[3])];
    if (second === first + 1) return fromParts(month, second, m[4], pub);
    if (second === 1 && first >= 28) {
      const start = fromParts(month, first, m[4], pub);
      return start ? iso(addDays(new Date(`${start}T00:00:00Z`), 1)) : null;
    }
  }
  m = (RULES.dayMonthCount ? MONTH_DAY_NOT_AFTER_DAY : MONTH_DAY).exec(sentence);
  if (m) return fromParts(MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]), m[3], pub);
  m = DAY_MONTH.exec(sentence);
  if (m) return fromParts(MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]), m[3], pub);
  // ("on 24/7 alert": round the clock, not 24 July)
  if (
    RULES.slashDate &&
    (m = SLASH_DATE.exec(sentence)) &&
    !(m[1] === '24' && m[2] === '7' && !m[3]) &&
    !(Number(m[2]) === Number(m[1]) + 1 && NIGHT_BEFORE_SLASH.test(sentence.slice(0, m.index + 3)))
  ) {
    const date = slashDate(Number(m[1]), Number(m[2]), m[3], pub);
    if (date) return date;
  }
  if (!pub) return null;
  if (RULES.ordinalDay && (m = ORDINAL_DAY.exec(sentence))) {
    const day = dayOfPublicationMonth(Number(m[1]), pub);
    if (day) return day;
  }
  let span: [string, string] | null = null;
  if (RULES.weekdayNightSpan && (m = WEEKDAY_NIGHT_SPAN.exec(sentence)))
    span = [(m[1] ?? m[3] ?? m[5])!, (m[2] ?? m[4] ?? m[6])!];
  else if (RULES.eveningToMorning && (m = EVENING_TO_MORNING.exec(sentence))) span = [(m[1] ?? m[2])!, m[3]!];
  if (span) {
    const first = WEEKDAYS.indexOf(span[0].toLowerCase());
    const want = WEEKDAYS.indexOf(span[1].toLowerCase());
    // (one night only: "from Thursday to Sunday" is a span of days, left to the first weekday below; review)
    if ((first + 1) % 7 === want) {
      // (a night report stamped before midnight UTC is already the next day where it was written: the later weekday
      // may be the day after the stamp, review)
      // ("a week ago, on the night from Sunday to Monday", "last Sunday-to-Monday night": a night before, never the next
      // day; second review)
      if (want === (pub.getUTCDay() + 1) % 7 && lateEvening(publishedAt) && !NIGHT_BACK.test(sentence))
        return iso(addDays(pub, 1));
      return iso(addDays(pub, -((pub.getUTCDay() - want + 7) % 7)));
    }
  }
  m = WEEKDAY.exec(sentence);
  // short weekday names only as written in headlines ("Sat morning"), capitalised
  if (m && m[1]!.length <= 5 && !WEEKDAYS.includes(m[1]!.toLowerCase()) && !/^\p{Lu}/u.test(m[1]!)) m = null;
  if (m) {
    const day = m[1]!.toLowerCase();
    const want = WEEKDAYS.indexOf(WEEKDAY_SHORT[day] ?? day);
    const back = (pub.getUTCDay() - want + 7) % 7;
    // "on Monday night" in Tuesday morning's report: the night that ended that morning, as "last night"
    const nightBefore =
      RULES.nightEndsDay &&
      back === 1 &&
      morning(publishedAt) &&
      WEEKDAY_NIGHT.test(sentence.slice(m.index + m[0].length));
    return iso(addDays(pub, nightBefore ? 0 : -back));
  }
  // "last night" in a morning report is the night that ended that morning
  // (rule lastNightEnds: a report stamped in the day, noon or afternoon too, tells of the night that ended that morning,
  // the report day by the convention of "overnight"; a stamp with no hour keeps the day before)
  // ("Last night was quiet … 12 drones had been downed yesterday": "yesterday" says the day, review)
  if (LAST_NIGHT.test(sentence))
    return iso(
      addDays(
        pub,
        morning(publishedAt) || (RULES.lastNightEnds && daytime(publishedAt) && !DAY_BEFORE.test(sentence)) ? 0 : -1,
      ),
    );
  if (DAY_BEFORE.test(sentence)) return iso(addDays(pub, -1));
  if (SAME_DAY.test(sentence)) return iso(pub);
  return null;
}

/**
 * "30/4" is day and month as most of the world writes it, "4/25" month and day; when both read as a date, the one
 * nearer the publication and not after it (a report's dates are its own days or the days before). With no year, the
 * publication's year (last year's for a date still to come), as for "April 30".
 */
function slashDate(a: number, b: number, year: string | undefined, pub: Date | null): string | null {
  const y = year === undefined ? undefined : year.length === 2 ? `20${year}` : year;
  const dayFirst = a <= 31 && b <= 12 ? fromParts(b, a, y, pub) : null;
  const monthFirst = a <= 12 && b <= 31 ? fromParts(a, b, y, pub) : null;
  if (!dayFirst || !monthFirst || dayFirst === monthFirst || !pub) return dayFirst ?? monthFirst;
  const before = (d: string): number => {
    const gap = pub.getTime() - Date.parse(d);
    return gap >= -86400000 ? gap : Infinity;
  };
  return before(monthFirst) < before(dayFirst) ? monthFirst : dayFirst;
}

/** Day d of the publication's month, or of the month before when that day is still to come ("on the 30th" on the 2nd). */
function dayOfPublicationMonth(d: number, pub: Date): string | null {
  let [y, mo] = [pub.getUTCFullYear(), pub.getUTCMonth() + 1];
  if (d > pub.getUTCDate()) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  return valid(y, mo, d);
}

function fromParts(month: number, day: number, year: string | undefined, pub: Date | null): string | null {
  if (year) return valid(Number(year), month, day);
  if (!pub) return null;
  let y = pub.getUTCFullYear();
  const candidate = valid(y, month, day);
  // "December 30" in an article of January 2: last year's.
  if (candidate && Date.parse(candidate) > pub.getTime() + 2 * 86400000) y -= 1;
  return valid(y, month, day);
}

/** Stamped at 20:00 UTC or later: past midnight in Kyiv and Moscow three hours on. */
function lateEvening(publishedAt: string | null | undefined): boolean {
  const m = /T(\d{2}):/.exec(publishedAt ?? '');
  return m !== null && Number(m[1]) >= 20;
}

/** Stamped before 21:00 UTC, midnight in Kyiv and Moscow: a report of that day (a stamp with no hour is not). */
function daytime(publishedAt: string | null | undefined): boolean {
  const m = /T(\d{2}):/.exec(publishedAt ?? '');
  return m !== null && Number(m[1]) < 21;
}

function morning(publishedAt: string | null | undefined): boolean {
  const m = /T(\d{2}):/.exec(publishedAt ?? '');
  return m !== null && Number(m[1]) < 12;
}

let lastDayKey: string | null = null;
let lastDay: Date | null = null;

/** The publication day (cached: an article asks for it once per sentence). */
function parseDay(s: string | null | undefined): Date | null {
  if (!s) return null;
  if (s === lastDayKey) return lastDay;
  lastDayKey = s;
  lastDay = parseDayUncached(s);
  return lastDay;
}

function parseDayUncached(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function valid(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return iso(date);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // written out for four-digit years (toISOString was 2 % of extraction); it still writes the others (a sign and six
  // digits) and throws on an invalid date, as before
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
