/**
 * Edits that real copy desks make to a wire story (see
 * tests/fixtures/dedup/real/README.md, "What real copies do"), applied by rule
 * to an original's body: `npm run eval:dedup -- --stress` checks that the core
 * still catches each kind of copy, on the dev split's originals only, and that
 * the `different` edits (another count, region or day) still keep a report
 * apart. Each returns null when the text has nothing to edit.
 */

type Transform = (body: string, title: string) => string | null;

const paragraphs = (b: string) => b.split(/\n\n+/);
const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const COMPOUND =
  /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b/gi;
const SMALL_WORD = new RegExp(`(?<!-)\\b(${SMALL.slice(2).join('|')})\\b(?!-)`, 'gi');
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const REGIONS: [string, string][] = [
  ['Bryansk', 'Oryol'],
  ['Kursk', 'Lipetsk'],
  ['Belgorod', 'Tambov'],
  ['Kharkiv', 'Zhytomyr'],
  ['Odesa', 'Vinnytsia'],
  ['Kyiv', 'Rivne'],
  ['Sumy', 'Volyn'],
  ['Moscow', 'Kaluga'],
  ['Krasnodar', 'Penza'],
];

/** Copies: the same report, edited as syndication edits it. */
export const COPY_EDITS: Record<string, Transform> = {
  /** "1,200" → "1200" and small numbers as words, as another desk's style has them. */
  'numbers-restyled': (b) => {
    let n = 0;
    const r = b
      .replace(/\b(\d{1,3}),(\d{3})\b/g, (_, x: string, y: string) => {
        n++;
        return x + y;
      })
      .replace(/(?<![\d:.,-])\b([1-9]|1[0-2])\b(?![:.,-]?\d)/g, (m) => {
        n++;
        return SMALL[Number(m)] ?? m;
      });
    return n > 0 ? r : null;
  },
  /** Number words as digits, as machine translations write them ("forty-four" → "44"). */
  'words-to-digits': (b) => {
    let n = 0;
    const r = b
      .replace(COMPOUND, (_, t: string, u: string) => {
        n++;
        return String((TENS[t.toLowerCase()] ?? 0) + SMALL.indexOf(u.toLowerCase()));
      })
      .replace(SMALL_WORD, (m) => {
        n++;
        return String(SMALL.indexOf(m.toLowerCase()));
      });
    return n > 0 ? r : null;
  },
  /** "1,200" → "1.2 thousand". */
  'thousands-in-words': (b) => {
    let n = 0;
    const r = b.replace(/\b(\d),(\d)(\d{2})\b/g, (_, x: string, y: string) => {
      n++;
      return `${x}.${y} thousand`;
    });
    return n > 0 ? r : null;
  },
  'curly-quotes': (b) => {
    const r = b.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
    return r === b ? null : r;
  },
  /** Localised spelling and older transliterations. */
  spelling: (b) => {
    const r = b
      .replace(/defense/g, 'defence')
      .replace(/Defense/g, 'Defence')
      .replace(/Kyiv/g, 'Kiev')
      .replace(/Odesa/g, 'Odessa')
      .replace(/Kharkiv/g, 'Kharkov');
    return r === b ? null : r;
  },
  'tail-trimmed': (b) => {
    const ps = paragraphs(b);
    return ps.length < 3 ? null : ps.slice(0, -1).join('\n\n');
  },
  'short-cut': (b) => {
    const ps = paragraphs(b);
    return ps.length < 4 ? null : ps.slice(0, 2).join('\n\n');
  },
  /** The lead and half of the next paragraph, ending "…". */
  'lead-and-a-half': (b) => {
    const ps = paragraphs(b);
    const next = ps[1];
    if (ps.length < 3 || next === undefined) return null;
    const k = next.indexOf(' ', Math.floor(next.length / 2));
    return k < 0 ? null : `${ps[0]}\n\n${next.slice(0, k)}\u2026`;
  },
  /** Only the lead, cut off mid-sentence (a search mirror's snippet). */
  'lead-only-truncated': (b) => {
    const ps = paragraphs(b);
    const lead = ps[0] ?? '';
    if (ps.length < 2 || lead.length < 120) return null;
    return `${lead.slice(0, lead.indexOf(' ', Math.floor(lead.length * 0.6)))}\u2026`;
  },
  'lede-dropped': (b) => {
    const ps = paragraphs(b);
    return ps.length < 4 ? null : ps.slice(1).join('\n\n');
  },
  /** The headline printed as the lede, in place of the first paragraph. */
  'headline-as-lede': (b, title) => {
    const ps = paragraphs(b);
    return ps.length < 3 || title === '' ? null : `${title}.\n\n${ps.slice(1).join('\n\n')}`;
  },
  'headline-on-top': (b, title) => (title === '' ? null : `${title}\n\n${b}`),
  'paragraphs-swapped': (b) => {
    const ps = paragraphs(b);
    const [p1, p2] = [ps[1], ps[2]];
    if (p1 === undefined || p2 === undefined) return null;
    ps[1] = p2;
    ps[2] = p1;
    return ps.join('\n\n');
  },
  'paragraphs-merged': (b) => {
    const ps = paragraphs(b);
    return ps.length < 3 ? null : ps.join(' ');
  },
  'page-furniture': (b) =>
    `Photo: Reuters\n\nBy Staff Writer | Published: 12:04 | Updated: 12:40 | 2 min read\n\n${b}\n\nSign up for our morning newsletter.\n\n\u00a9 2025 All rights reserved. Most Popular`,
  /** A related headline with another count inserted, and a footer with one. */
  'read-also': (b) => {
    const ps = paragraphs(b);
    if (ps.length < 3) return null;
    ps.splice(2, 0, 'Read also: Russia says 40 Ukrainian drones downed over Belgorod region');
    return `${ps.join('\n\n')}\n\nFollow our live coverage on Telegram for the latest updates.`;
  },
};

/** Different reports: the same text with another count, region or day must stay apart. */
export const DIFFERENT_EDITS: Record<string, Transform> = {
  /** A count (not a day of the month or a time), everywhere it appears. */
  'another-count': (b) => {
    const m = new RegExp(`(?<![\\d:.,-]|${MONTHS} )\\b(\\d{2,3})\\b(?![:.,-]?\\d| ${MONTHS})`).exec(b);
    const v = m?.[1];
    return v === undefined ? null : b.replace(new RegExp(`\\b${v}\\b`, 'g'), String(Number(v) + 7));
  },
  /** A region the text names, everywhere, for one it does not name. */
  'another-region': (b) => {
    const pair = REGIONS.find(([from, to]) => new RegExp(`\\b${from}\\b`).test(b) && !b.includes(to));
    return pair === undefined ? null : b.replace(new RegExp(`\\b${pair[0]}\\b`, 'g'), pair[1]);
  },
  'another-day': (b) => {
    const day = WEEKDAYS.find((d) => b.includes(d));
    if (day === undefined) return null;
    return b.split(day).join(WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] ?? day);
  },
};
