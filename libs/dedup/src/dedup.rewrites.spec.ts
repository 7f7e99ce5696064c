/**
 * Rewrites that defeat whole-text similarity, one kind per block: each has a
 * copy that must be caught and a different report written the same way that
 * must stay apart. The texts are the team's own.
 */
import { DedupCore } from './dedup.core';
import { NEW_LEDE_TRIMMED, NEXT_NIGHT, ORIGINAL } from '../test/rewrite-texts';
import { testArticle } from '../test/test-articles';

const at = (minutes: number) => new Date(Date.UTC(2025, 6, 4, 6, minutes)).toISOString();

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
