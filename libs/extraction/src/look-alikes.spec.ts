/**
 * The same article typed another way gives the same claims. Sites and word processors write the hyphen of "Su-34" as
 * U+2010 or U+2011, an apostrophe as U+02BC, a prime or a left single quote, thousands with spaces ("3 100 000"),
 * and "more than 100" as "100+" (read before as 100 of an unknown weapon: the plus sign cut the noun off).
 * Before foldLookAlikes, 144 of the 863 dev passages changed their claims when their hyphens were typed as U+2011
 * ("Su‑34" read as 34 aircraft), 30 with U+02BC apostrophes, 22 with left single quotes inside words and 1 with
 * no-break spaces before numbers (given to extractClaims unnormalised).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBody } from '@skytally/text';
import { extractClaims } from './extract-claims';
import { numberAt } from './numbers';
import { tokens } from './tokens';
import { foldLookAlikes } from './typography';
import { identities, identityRows } from '../test/identities';

describe('foldLookAlikes', () => {
  it('gives each look-alike as its ASCII character, one for one', () => {
    const text = 'Su\u201134, Kh\u2010101, S\uFF0D300, Russia\u02BCs, Kyiv\u2032s, Moscow\u2018s';
    const folded = foldLookAlikes(text);
    expect(folded).toBe("Su-34, Kh-101, S-300, Russia's, Kyiv's, Moscow's");
    expect(folded).toHaveLength(text.length);
  });

  it('leaves a left single quote that opens a quotation', () => {
    expect(foldLookAlikes('The governor said: \u2018Nine drones were downed.\u2019')).toBe(
      'The governor said: \u2018Nine drones were downed.\u2019',
    );
  });

  it('returns the text itself when it has no look-alike', () => {
    const text = 'Air defence shot down 12 drones over the Kursk region.';
    expect(foldLookAlikes(text)).toBe(text);
  });
});

describe('claims from text with look-alike characters', () => {
  identityRows([
    ['Russian air defence shot down a Ukrainian Su\u201124 over the Kherson region.', ['1 aircraft @ UA-65']],
    ['Fighters destroyed two Kh\u2010101 missiles over the Kyiv region.', ['2 missile @ UA-32']],
    ['The Zaporizhzhia region\u02BCs governor said 7 drones were shot down over his region.', ['7 drone @ UA-23']],
  ]);

  it('quotes the evidence as the article wrote it', () => {
    const body = 'Air defence downed an Su\u201134 and 12 drones over the Belgorod region.';
    const claims = extractClaims({ articleId: 'a', body, publishedAt: '2025-03-10T08:00:00Z' });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.evidence.text).toBe(body.slice(c.evidence.start, c.evidence.end));
    expect(claims.map((c) => c.evidence.text).join(' ')).toContain('Su\u201134');
  });
});

describe('thousands written with spaces', () => {
  it.each([
    ['About 3 100 000 drones', 3_100_000],
    ['About 3\u00a0100\u00a0000 drones', 3_100_000],
    ['About 1 200 drones', 1_200],
  ])('reads %j as %d', (text, value) => {
    const toks = tokens(text, 0);
    expect(numberAt(toks, 1, text, 0)?.value).toBe(value);
  });

  it('does not join a run that another number follows', () => {
    const text = 'On 9 100 200 7 drones';
    expect(numberAt(tokens(text, 0), 1, text, 0)?.value).toBe(9);
  });
});

describe('a count written with a plus sign', () => {
  identityRows([
    ['Air defence shot down 100+ drones over the Kursk region.', ['more_than 100 drone @ RU-KRS']],
    [
      'Ukraine downs 40+ missiles and 100+ drones',
      ['more_than 100 drone @ country UA', 'more_than 40 missile @ country UA'],
    ],
  ]);
});

/** Ways of typing the same text, given to extractClaims as they stand (not every caller normalises as ingest does). */
const RETYPED: Array<[string, (s: string) => string]> = [
  ['hyphens as U+2011', (s) => s.replace(/(\p{L})-(\p{L}|\d)/gu, '$1\u2011$2')],
  ['hyphens as U+2010', (s) => s.replace(/(\p{L})-(\p{L}|\d)/gu, '$1\u2010$2')],
  ['apostrophes as U+02BC', (s) => s.replace(/(\p{L})['\u2019](\p{L})/gu, '$1\u02BC$2')],
  ['apostrophes as left single quotes', (s) => s.replace(/(\p{L})['\u2019](\p{L})/gu, '$1\u2018$2')],
  ['thousands with narrow spaces', (s) => s.replace(/(\d),(?=\d{3}\b)/g, '$1\u202F')],
  ['spaces before numbers non-breaking', (s) => s.replace(/ (\d)/g, '\u00a0$1')],
];

describe('the dev corpus retyped', () => {
  const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
  const bodies = readdirSync(dir)
    .sort()
    .map((f) => normaliseBody((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: string }).body));

  it.each(RETYPED)('keeps every claim with %s', (_, retype) => {
    const changed: string[] = [];
    let retyped = 0;
    for (const body of bodies) {
      const other = retype(body);
      if (other === body) continue;
      retyped++;
      const want = identities(body);
      const got = identities(other);
      if (JSON.stringify(got) !== JSON.stringify(want))
        changed.push(`${body.slice(0, 60)}…: ${want.join(', ')} → ${got.join(', ')}`);
    }
    expect(retyped).toBeGreaterThan(20);
    expect(changed).toEqual([]);
  });
});
