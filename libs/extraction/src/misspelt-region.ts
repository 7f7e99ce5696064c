/**
 * A region in a spelling the gazetteer does not hold, read as the region it is closest to (rule misspeltRegion):
 * "over the Briansk region" (another transliteration), "the Bilgorod region", "Brainsk oblast" (spun or machine-garbled
 * copies). Only a capitalised word right before a region word, where the gazetteer found no place: a lone unknown name
 * may be anything, but "the X region" names a region. The word takes the one region stem within a small edit distance
 * (Levenshtein, `leven`: one edit for a name of up to five letters, two for longer ones), with the same first letter;
 * a tie between two regions reads as none.
 */
import leven from 'leven';
import { countryOfRegion, regionStems, type PlaceMention } from '@skytally/gazetteer';

/**
 * A capitalised word (not the end of a hyphened name, "Ivano-Frankivsk") and the region word after it, or the region
 * word and "of" before it ("the region of Briansk").
 */
const NAME_BY_REGION_WORD =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{3,})\s+(?:region|Region|oblast|Oblast|province|Province|krai|Krai)\b|\b(?:region|Region|oblast|Oblast|province|Province|krai|Krai)\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])/gu;

/** The one-word stems by first letter, seas left out (their words are not "regions"). */
let stemsByInitial: Map<string, Array<[string, string]>> | null = null;

function stemsStartingWith(letter: string): Array<[string, string]> {
  if (stemsByInitial === null) {
    stemsByInitial = new Map();
    for (const [stem, code] of regionStems()) {
      if (stem.includes(' ') || code.startsWith('SEA-')) continue;
      const list = stemsByInitial.get(stem[0]!) ?? [];
      list.push([stem, code]);
      stemsByInitial.set(stem[0]!, list);
    }
  }
  return stemsByInitial.get(letter) ?? [];
}

/** The region a misspelt name stands for, or null when none is near enough or two are. */
export function nearestRegion(name: string): string | null {
  const word = name.toLowerCase();
  const allowed = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const [stem, code] of stemsStartingWith(word[0]!)) {
    if (Math.abs(stem.length - word.length) > allowed) continue;
    const d = leven(word, stem);
    if (d < bestDistance) [best, bestDistance, tie] = [code, d, false];
    else if (d === bestDistance && code !== best) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/**
 * The regions `text` names in spellings the gazetteer missed, as mentions at `offset` + their place in `text`; `found`
 * (the gazetteer's mentions, in the same offsets) keeps a name it already read from being read again.
 */
export function misspeltRegions(text: string, offset: number, found: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  NAME_BY_REGION_WORD.lastIndex = 0;
  for (let m = NAME_BY_REGION_WORD.exec(text); m !== null; m = NAME_BY_REGION_WORD.exec(text)) {
    const start = offset + m.index;
    const end = offset + m.index + m[0].length;
    if (found.some((p) => p.start < end && p.end > start)) continue;
    const code = nearestRegion(m[1] ?? m[2]!);
    if (code !== null) out.push({ code, country: countryOfRegion(code), kind: 'region', start, end, text: m[0] });
  }
  return out;
}
