/**
 * A copy laid out another way — every paragraph opened by a Telegram emoji, or the whole text hard-wrapped as a
 * plain-text feed sends it, or with another story's headline in a "Read also:" line — is caught as the copy it is: its
 * bullets are read as line breaks (`@skytally/text`, layout.ts), a wrapped copy is found by its words, a teaser's places
 * are not the report's (guard.fingerprint.ts); a different report laid out the same way still stays apart. The texts are
 * the team's own.
 */
import { wrap } from '../../text/test/wrap';
import { NEW_LEDE_TRIMMED, NEXT_NIGHT, ORIGINAL } from '../test/rewrite-texts';
import { testArticle } from '../test/test-articles';
import { DedupCore } from './dedup.core';

const at = (minutes: number) => new Date(Date.UTC(2025, 6, 4, 6, minutes)).toISOString();

/** Another story's headline in a teaser line after the first paragraph, as Ukrainian and Russian outlets' pages print one. */
const withTeaser = (text: string, teaser: string) => {
  const paras = text.split('\n\n');
  paras.splice(1, 0, teaser);
  return paras.join('\n\n');
};
const TEASER = 'Read also: Drone debris damages a house in the Kyiv region';

const bulleted = (text: string) =>
  text
    .split('\n\n')
    .map((p, i) => `${i % 2 ? '⚡️' : '🔹'}${p}`)
    .join('\n\n');

describe('DedupCore on copies laid out another way', () => {
  it.each([
    ['an emoji before each paragraph', bulleted(NEW_LEDE_TRIMMED)],
    ['wrapped at 60 columns', wrap(NEW_LEDE_TRIMMED, 60)],
    ['wrapped at 72 columns, each paragraph after an emoji', bulleted(wrap(NEW_LEDE_TRIMMED, 72))],
    ['a teaser line naming another place', withTeaser(NEW_LEDE_TRIMMED, TEASER)],
    ['a teaser line at its end', `${NEW_LEDE_TRIMMED}\n\nRELATED: Three drones shot down over Odesa overnight`],
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

  it('keeps the next night apart when both carry the same teaser', () => {
    const core = new DedupCore();
    core.decide(testArticle('orig', withTeaser(ORIGINAL, TEASER), { publishedAt: at(0) }));
    const next = core.decide(testArticle('next', withTeaser(NEXT_NIGHT, TEASER), { publishedAt: at(40) }));
    expect(next.verdict).toBe('unique');
  });
});
