/**
 * Rewrites that defeat whole-text similarity, one kind per block: each has a
 * copy that must be caught and a different report written the same way that
 * must stay apart. The texts are the team's own.
 */
import { DedupCore } from './dedup.core';
import { testArticle } from '../test/test-articles';

const at = (minutes: number) => new Date(Date.UTC(2025, 6, 4, 6, minutes)).toISOString();

const ORIGINAL = [
  'The head of the regional administration said on Friday that none of the 23 attack drones launched at the region overnight reached its target.',
  '"Air defence crews, mobile fire groups and electronic warfare units brought down every drone over the Sumy, Poltava, Chernihiv and Kharkiv districts before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** Another outlet's lede, the quote trimmed in the middle with an ellipsis: containment falls below the cut rule's. */
const NEW_LEDE_TRIMMED = [
  'All 23 Russian drones sent against the region during the night were shot down, its governor announced on Friday morning, in what local officials called a quiet end to a tense week.',
  '"Air defence crews ... brought down every drone before dawn," he wrote on Telegram.',
  'Debris damaged the roof of a warehouse on the outskirts of the regional centre, and firefighters put out a small blaze there within an hour.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

/** The next night's post: same template and closing sentence, other counts. */
const NEXT_NIGHT = [
  'The head of the regional administration said on Saturday that 17 of the 19 attack drones launched at the region overnight were brought down.',
  '"Air defence crews ... brought down the drones over the Sumy and Poltava districts before dawn," he wrote on Telegram.',
  'Two drones hit a grain elevator near the regional centre and damaged its conveyor.',
  'No one was injured in the attack, the regional administration said.',
].join('\n\n');

describe('DedupCore on rewritten copies', () => {
  describe('a new lede and a sentence trimmed in the middle', () => {
    it('is a copy: it shares a whole sentence and most of the rest', () => {
      const core = new DedupCore();
      expect(core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) })).verdict).toBe('unique');
      expect(core.decide(testArticle('copy', NEW_LEDE_TRIMMED, { publishedAt: at(50) }))).toMatchObject({
        verdict: 'duplicate',
        duplicateOf: 'orig',
        rule: 'containment',
      });
    });

    it('is caught whichever of the two arrives first', () => {
      const core = new DedupCore();
      expect(core.decide(testArticle('copy', NEW_LEDE_TRIMMED, { publishedAt: at(50) })).verdict).toBe('unique');
      expect(core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) }))).toMatchObject({
        verdict: 'duplicate',
        duplicateOf: 'copy',
      });
    });

    it('needs the shared sentence: without the lower bar it is missed (the rule is what catches it)', () => {
      const core = new DedupCore({ sharedSentenceContainment: 1.01 });
      core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) }));
      expect(core.decide(testArticle('copy', NEW_LEDE_TRIMMED, { publishedAt: at(50) })).verdict).toBe('unique');
    });

    it('a report with other counts that shares the template and a sentence is a candidate, and the guard keeps it apart', () => {
      const core = new DedupCore();
      core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) }));
      expect(core.decide(testArticle('next', NEXT_NIGHT, { publishedAt: at(40) }))).toMatchObject({
        verdict: 'unique',
        rule: 'guard-numbers',
      });
    });
  });
});
