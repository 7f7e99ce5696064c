import { OFFICIALS } from './gazetteer.data';
import type { Official } from './gazetteer.types';

const BY_SURNAME = new Map<string, Official>(OFFICIALS.map((o) => [o.surname.toLowerCase(), o]));
const CAPITALISED_WORD = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;
/** A capitalised word right before a surname that is a title or an honorific, not a given name. */
const NOT_GIVEN =
  /^(?:Governor|Mayor|Head|Chief|Gov|Mr|Mrs|Ms|Dr|General|Gen|Colonel|Col|Minister|Deputy|Acting|Secretary|Spokesman|Spokeswoman|Commander|Leader|President|Adviser|Advisor|Chairman|Official|Senator|Lieutenant|Major)$/;

/**
 * The first letter of a given name as the transliterations of one Cyrillic name share it: "Oleksandr" / "Alexander",
 * "Yevgeny" / "Evgeny" / "Ievgen", "Heorhiy" / "Georgy" (not a full match: "Serhiy" / "Sergei" differ after it).
 * "Nikolai" / "Nikolay" / "Nicholas" is the one common name whose Ukrainian form, "Mykola", starts with another letter.
 */
function initialOf(given: string): string {
  if (NIKOLAI.test(given)) return 'm';
  const c = given[0]!.toLowerCase();
  return ({ o: 'a', e: 'i', y: 'i', j: 'i', h: 'g', w: 'v' } as Record<string, string>)[c] ?? c;
}
const NIKOLAI = /^Ni(?:ck|c|k)h?o?la(?:i|y|s)?$/;

/**
 * The official a claimant phrase names ("Moscow Mayor Sergei Sobyanin",
 * "Gladkov"), when the data knows them. Used to place a claim an official
 * makes about their own jurisdiction without naming it. The data knows
 * surnames, which others share: a given name before the surname that is not
 * the official's ("Oleksii Marchenko" for Odesa's Maksym Marchenko) names
 * someone else.
 */
export function findOfficial(text: string): Official | null {
  if (typeof text !== 'string') return null;
  CAPITALISED_WORD.lastIndex = 0;
  let previous: RegExpExecArray | null = null;
  for (let m = CAPITALISED_WORD.exec(text); m !== null; previous = m, m = CAPITALISED_WORD.exec(text)) {
    const o = BY_SURNAME.get(m[0].toLowerCase());
    if (o && !anotherGivenName(text, previous, m.index, o)) return o;
  }
  return null;
}

/** The capitalised word right before the surname (one space apart) is a given name other than the official's. */
function anotherGivenName(text: string, previous: RegExpExecArray | null, at: number, o: Official): boolean {
  if (previous === null || previous.index + previous[0].length + 1 !== at || text[at - 1] !== ' ') return false;
  const given = previous[0];
  if (NOT_GIVEN.test(given)) return false;
  return initialOf(given) !== initialOf(o.name);
}
