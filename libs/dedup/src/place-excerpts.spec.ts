import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlaces } from '@skytally/gazetteer';
import { EXCERPT_SEPARATOR, excerptsOfWords, placeExcerpts } from './place-excerpts';
import { scanText } from './text.features';

const codes = (text: string) => [...new Set(findPlaces(text).map((p) => p.code))].sort();

describe('placeExcerpts', () => {
  it('keeps each capitalised word with one word before and three after, and drops the rest', () => {
    const text =
      'air defence units worked through the whole night and intercepted many things in the sky above the river ' +
      'over the Bryansk region said the governor of that area today while crews cleared the debris from roads';
    const excerpt = placeExcerpts(text);
    expect(excerpt).toBe('the Bryansk region said the');
    expect(codes(excerpt)).toEqual(codes(text));
  });

  it('keeps "the capital" though it is lower case, and separates excerpts so no phrase runs across them', () => {
    const text =
      'drones flew toward the capital overnight and were shot down by crews working in several districts of ' +
      'the wider area before dawn on the day when Kursk reported more of them';
    const excerpt = placeExcerpts(text);
    expect(excerpt.split(EXCERPT_SEPARATOR)).toEqual(['the capital overnight and were', 'when Kursk reported more of']);
    expect(codes(excerpt)).toEqual(codes(text));
  });

  it('keeps a list of regions whole, up to its plural suffix', () => {
    const text = 'the ministry said that drones were destroyed over the Kaluga, Tver and Moscow regions late at night';
    expect(codes(placeExcerpts(text))).toEqual(codes(text));
    expect(codes(text).length).toBeGreaterThanOrEqual(3);
  });

  it('returns the text itself when every word is in some window, and nothing for text without names', () => {
    const text = 'Kyiv and Odesa, Kharkiv and Sumy';
    expect(placeExcerpts(text)).toBe(text);
    expect(placeExcerpts('no names at all in this text')).toBe('');
  });
});

/**
 * The guard builds the excerpts from the core's word scan of the lower-cased
 * text (excerptsOfWords) when the lower case has the text's length and the
 * scan met no surrogate half (codeUnits < 0xd800); these keep that exact.
 */
describe('excerptsOfWords over the core word scan', () => {
  const isWord = (s: string) => /[\p{L}\p{N}\p{M}]/u.test(s);

  it('rests on every code unit but surrogate halves being a word character exactly when its lower case is', () => {
    let lengthChanged = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const lower = s.toLowerCase();
      // a code unit whose lower case is longer (U+0130) changes the text's length: the guard then scans again
      if (lower.length !== 1) lengthChanged++;
      else if (isWord(s) !== isWord(lower)) throw new Error(`U+${c.toString(16)} changes class when lower-cased`);
    }
    expect(lengthChanged).toBe(1);
  });

  const fromScan = (text: string): string | null => {
    const scan = scanText(text.toLowerCase());
    if (scan.text.length !== text.length || scan.codeUnits >= 0xd800) return null;
    return excerptsOfWords(text, scan.starts, scan.ends, scan.starts.length);
  };

  it("gives placeExcerpts' excerpts on every body of the dedup corpora", () => {
    const fixtures = join(__dirname, '../../../tests/fixtures/dedup');
    let compared = 0;
    for (const file of ['corpus.jsonl', 'real/dev.jsonl', 'real/test.jsonl']) {
      for (const line of readFileSync(join(fixtures, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { body } = (JSON.parse(line) as { article: { body: string } }).article;
        const built = fromScan(body);
        if (built === null) continue;
        compared++;
        if (built !== placeExcerpts(body)) expect(built).toBe(placeExcerpts(body));
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it.each([
    ['Drones over the Bryansk region; Ростов-на-Дону and ОДЕСА; ǅemal, ÆØÅ and Łódź near the Capital'],
    ['ΣΟΦΙΑΣ said: ΟΔΟΣ. The first drone, the Kursk Oblast, 3,000 UAVs'],
    ['The ﬁrst drone over Kursk: a ligature at or above 0xd800'],
    ['İstanbul changes the length, so the guard scans again'],
    ['An emoji 😀 between Kyiv and Odesa is a surrogate pair'],
    ['no capitalised word at all'],
  ])('on %j', (text) => {
    const built = fromScan(text);
    // null only when the guard must scan again: a longer lower case, or a code unit at or above 0xd800 (ﬁ, 😀)
    const mustScan = text.toLowerCase().length !== text.length || [...text].some((ch) => ch.charCodeAt(0) >= 0xd800);
    if (mustScan) expect(built).toBeNull();
    else expect(built).toBe(placeExcerpts(text));
  });
});
