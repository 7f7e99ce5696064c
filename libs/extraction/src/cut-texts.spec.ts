/**
 * A text cut anywhere is still input: a feed that truncates at a byte limit, a teaser that stops mid-sentence.
 * extractClaims must answer it, never throw (a throw dead-letters the article after retries). Two look-aheads
 * read past the last token: a partitive at the very end ("… destroyed 15 of them", numbers.ts) and a verb
 * looked for after a closing comma ("…, 247 combat helicopters,", polarity.ts). Found by cutting every
 * sentence of the dev split after each word; the last case runs a sample of that.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from './extract-claims';
import { identityRows } from '../test/identities';

const article = (body: string) => ({
  articleId: 'cut',
  body,
  publishedAt: null,
  ingestedAt: '2025-06-02T08:00:00.000Z',
});

/** Each sentence of `body` cut after each of its words. */
function cutsOf(body: string): string[] {
  const cuts: string[] = [];
  for (const sentence of body.split(/(?<=[.!?])\s+/)) {
    const words = sentence.split(' ');
    for (let k = 1; k <= words.length; k++) cuts.push(words.slice(0, k).join(' '));
  }
  return cuts;
}

describe('a text that stops mid-sentence', () => {
  identityRows([
    ['Russia launched 20 drones overnight. Air defence destroyed 15 of them', ['15 drone @ country UA']],
    ['Russia launched 20 drones overnight, 15 of which', []],
  ]);

  it.each([
    'Since the start of the war, Russian forces have destroyed 461 Ukrainian warplanes, 247 combat helicopters,',
    'Air defence destroyed five air targets: a Kh-59 missile and four kamikaze drones that were',
    'The air force said 12 of the',
    'Of the',
  ])('answers %j without throwing', (body) => {
    expect(() => extractClaims(article(body))).not.toThrow();
  });

  it('answers every sentence of a sample of the dev corpus cut after each word', () => {
    const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
    const files = readdirSync(dir).sort();
    let texts = 0;
    // Every 8th passage: ≈ 100 passages, ≈ 25,000 cut texts, a few seconds.
    for (const file of files.filter((_, i) => i % 8 === 0)) {
      const { body } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { body: string };
      for (const text of cutsOf(body)) {
        texts++;
        try {
          extractClaims(article(text));
        } catch (err) {
          throw new Error(`${file}: ${JSON.stringify(text.slice(-100))} threw ${(err as Error).message}`, {
            cause: err,
          });
        }
      }
    }
    expect(texts).toBeGreaterThan(10_000);
  });
});
