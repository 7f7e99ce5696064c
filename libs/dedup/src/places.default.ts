/**
 * The default place finder, used until the gazetteer is plugged in through
 * `DedupOptions.places`. It is deliberately simple and only has to agree with
 * itself: the guard compares the places of two texts that are already nearly
 * identical, so a name it finds in both counts the same, and a name that
 * differs between them is what we want to notice.
 *
 * It finds capitalised words just before an administrative noun ("Bryansk
 * region", "Krasnodar Krai", "Kharkiv Oblast", "Shebekino district") and
 * capitalised words after "over" ("over Crimea", "over the Black Sea") or after a
 * lower-case preposition ("in Kyiv", "approaches to Kharkiv"). People's names
 * slip in too ("according to Governor X"); harmless, since a reprint keeps them.
 */

const NAME = String.raw`[A-Z\u0400-\u042F][\p{L}'’\-]*`;
const ADMIN = String.raw`(?:[Rr]egional|[Rr]egion|[Oo]blast|[Kk]rai|[Dd]istrict|[Pp]rovince|[Rr]epublic|[Cc]ity|[Gg]overnorate|[Rr]aion|[Tt]erritory)s?`;
const BEFORE_ADMIN = new RegExp(String.raw`((?:${NAME}\s+){1,3})${ADMIN}\b`, 'gu');
const AFTER_OVER = new RegExp(String.raw`\b[Oo]ver\s+(?:the\s+)?(${NAME}(?:\s+${NAME}){0,2})`, 'gu');
/** "in Kyiv", "approaches to Kharkiv", "near Shebekino": a lower-case preposition, then a name. */
const AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|near|to|at|outside|around|across|from)\s+(${NAME}(?:\s+${NAME})?)`,
  'gu',
);

/** Capitalised words that start sentences or titles, never place names. */
const NOT_PLACES = new Set([
  'the',
  'in',
  'on',
  'at',
  'over',
  'near',
  'and',
  'across',
  'from',
  'of',
  'a',
  'an',
  'his',
  'her',
  'their',
  'governor',
  'acting',
  'head',
  'mayor',
  'official',
  'officials',
  'authorities',
  'ministry',
  'defence',
  'defense',
  'russian',
  'ukrainian',
  'air',
  'force',
  'forces',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'region',
  'oblast',
  'krai',
  'district',
  'city',
  'republic',
  'this',
  'that',
  'it',
  'he',
  'she',
  'they',
  'we',
  'earlier',
  'later',
  'overnight',
  'meanwhile',
  'separately',
  'drones',
  'debris',
  'telegram',
  'x',
  'one',
  'two',
  'kremlin',
  'moscow time',
  'regional',
]);

function clean(raw: string): string | null {
  const words = raw
    .trim()
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/['’]s$/u, '')
        .replace(/[^\p{L}-]/gu, '')
        .toLowerCase(),
    )
    .filter((w) => w.length > 0);
  while (words[0] !== undefined && NOT_PLACES.has(words[0])) words.shift();
  for (let last = words.at(-1); last !== undefined && NOT_PLACES.has(last); last = words.at(-1)) words.pop();
  if (words.length === 0) return null;
  return words.join(' ');
}

export function defaultPlaces(text: string): string[] {
  const found = new Set<string>();
  for (const re of [BEFORE_ADMIN, AFTER_OVER, AFTER_PREPOSITION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = m[1] === undefined ? null : clean(m[1]);
      if (name !== null) found.add(name);
    }
  }
  return [...found];
}
