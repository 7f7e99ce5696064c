import { findPlaces } from '@skytally/gazetteer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * The core hands the finder excerptsOfWords() over its own word scan (of the
 * lower-cased body) when the scan has no surrogate half and lower-casing kept
 * the length: the excerpts must then be exactly placeExcerpts' own.
 */
describe('excerptsOfWords over the core word scan', () => {
  const FIXTURES = join(__dirname, '../../../tests/fixtures');
  /** Every string of a JSON value (bodies, titles, case texts). */
  const strings = (value: unknown, out: string[]): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) strings(v, out);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  };
  const fromScan = (text: string): string | null => {
    const scan = scanText(text.toLowerCase());
    if (scan.surrogates || scan.text.length !== text.length) return null;
    return excerptsOfWords(text, scan.starts, scan.ends, scan.starts.length);
  };

  it('gives placeExcerpts(text) on every text of the generated and real dev corpora and the extraction cases', () => {
    const texts: string[] = [];
    for (const file of ['dedup/corpus.jsonl', 'dedup/real/dev.jsonl'])
      for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n'))
        if (line.trim() !== '') strings(JSON.parse(line), texts);
    for (const f of readdirSync(join(FIXTURES, 'extract')))
      if (f.endsWith('.json')) strings(JSON.parse(readFileSync(join(FIXTURES, 'extract', f), 'utf8')), texts);
    let compared = 0;
    for (const t of texts) {
      const viaScan = fromScan(t);
      if (viaScan === null) continue;
      compared++;
      if (viaScan !== placeExcerpts(t)) expect(viaScan).toBe(placeExcerpts(t));
    }
    expect(compared).toBeGreaterThan(500);
  });

  it.each([
    ['the Bryansk region said the governor, Kyiv and Odesa; drones over the capital, then nothing at all here'],
    ['Łódź, Ростов-на-Дону and ΣΟΦΙΑ: combining marks like e\u0301 stay inside words in both scans'],
  ])('gives placeExcerpts(text) on %j', (text) => {
    expect(fromScan(text)).toBe(placeExcerpts(text));
  });

  it('is not used where the two scans would differ: a surrogate pair, or a lower case of another length', () => {
    expect(scanText('drones 😀 over Kursk'.toLowerCase()).surrogates).toBe(true);
    expect(fromScan('drones 😀 over Kursk')).toBeNull();
    expect(fromScan('İstanbul and Kursk')).toBeNull();
    expect(scanText('drones over Kursk').surrogates).toBe(false);
  });
});
