/**
 * A copy laid out another way — every paragraph opened by a Telegram emoji, or the whole text hard-wrapped as a
 * plain-text feed sends it — is read through its layout (`@skytally/text`, layout.ts) and caught as the copy it is; a
 * different report laid out the same way still stays apart. The texts are the team's own.
 */
import { wrap } from '../../text/test/wrap';
import { testArticle } from '../test/test-articles';
import { DedupCore } from './dedup.core';

const at = (minutes: number) => new Date(Date.UTC(2025, 6, 4, 6, minutes)).toISOString();

const ORIGINAL = [
  'The head of the regional administration said on Friday that none of the 23 attack drones launched at the region overnight reached its target.',
  '"Air defence crews, mobile fire groups and electronic warfare units brought down every drone over the Sumy, Poltava, Chernihiv and Kharkiv districts before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** Another outlet's lede, the quote trimmed in the middle: caught only through the sentences it shares. */
const NEW_LEDE = [
  'All 23 Russian drones sent against the region during the night were shot down, its governor announced on Friday morning, in what local officials called a quiet end to a tense week.',
  '"Air defence crews ... brought down every drone before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** The next night's post: same template and closing sentence, other counts. */
const NEXT_NIGHT = [
  'The head of the regional administration said on Saturday that 17 of the 19 attack drones launched at the region overnight were brought down.',
  'Two drones hit a grain elevator near the regional centre and damaged its conveyor.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

const bulleted = (text: string) =>
  text
    .split('\n\n')
    .map((p, i) => `${i % 2 ? '⚡️' : '🔹'}${p}`)
    .join('\n\n');

describe('DedupCore on copies laid out another way', () => {
  it.each([
    ['an emoji before each paragraph', bulleted(NEW_LEDE)],
    ['wrapped at 60 columns', wrap(NEW_LEDE, 60)],
    ['wrapped at 72 columns, each paragraph after an emoji', bulleted(wrap(NEW_LEDE, 72))],
  ])('catches a copy with %s', (_, copy) => {
    const core = new DedupCore();
    expect(core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) })).verdict).toBe('unique');
    expect(core.decide(testArticle('copy', copy, { publishedAt: at(50) }))).toMatchObject({
      verdict: 'duplicate',
      duplicateOf: 'orig',
    });
  });

  it('keeps the next night apart, laid out the same way', () => {
    const core = new DedupCore();
    core.decide(testArticle('orig', bulleted(ORIGINAL), { publishedAt: at(0) }));
    expect(core.decide(testArticle('next', bulleted(NEXT_NIGHT), { publishedAt: at(40) })).verdict).toBe('unique');
  });
});
