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

  describe('the headline used as the lede', () => {
    const body = (lede: string) =>
      [
        lede,
        'Mobile fire groups, fighter jets and air defence units repelled the attack, the air force said in its morning statement. Drones were downed over the Kyiv, Cherkasy and Poltava regions, and 12 were jammed.',
        'Falling debris set fire to two private houses in a village south of the capital, the regional administration said. Firefighters brought the blaze under control by dawn.',
        'Schools in the affected district will switch to remote lessons for the rest of the week, local officials added.',
      ].join('\n\n');
    const original = body(
      "Ukraine's air force said on Tuesday that its air defences had shot down 44 of 59 drones launched by Russia overnight, while the rest were jammed.",
    );

    it('is a copy although the headline says only "44 drones" where the lede said "44 of 59"', () => {
      const core = new DedupCore();
      core.decide(testArticle('orig', original, { publishedAt: at(0) }));
      expect(
        core.decide(
          testArticle('copy', body('Ukraine says it downed 44 Russian drones overnight.'), { publishedAt: at(30) }),
        ),
      ).toMatchObject({ verdict: 'duplicate', duplicateOf: 'orig' });
    });

    it('another night with another part of the same whole stays apart', () => {
      const core = new DedupCore();
      core.decide(testArticle('orig', original, { publishedAt: at(0) }));
      const other = body(
        "Ukraine's air force said on Tuesday that its air defences had shot down 47 of 59 drones launched by Russia overnight, while the rest were jammed.",
      );
      expect(core.decide(testArticle('other', other, { publishedAt: at(30) }))).toMatchObject({
        verdict: 'unique',
        rule: 'guard-numbers',
      });
      expect(
        core.decide(
          testArticle('copy47', body('Ukraine says it downed 47 Russian drones overnight.'), {
            publishedAt: at(40),
          }),
        ),
      ).toMatchObject({ verdict: 'duplicate', duplicateOf: 'other' });
    });
  });

  describe("the lead alone, cut off with '…'", () => {
    const story = (count: number) =>
      [
        `The governor of the Belgorod region said on Thursday that air defence units had destroyed ${count} Ukrainian drones over the region overnight, and that a power line near the border had been damaged.`,
        'Repair crews restored electricity to the three villages affected by midday, the regional energy company said in a statement on its website.',
        'A fire broke out at a warehouse on the edge of the regional centre after debris fell on its roof; it was put out within an hour and nobody was hurt.',
        'Schools in the two districts closest to the border will keep teaching remotely until the end of the week, the regional education department said.',
        'The defence ministry in Moscow did not give a breakdown by region, and the figures could not be independently verified.',
      ].join('\n\n');
    const lead = (count: number) =>
      `The governor of the Belgorod region said on Thursday that air defence units had destroyed ${count} Ukrainian drones over the region\u2026`;

    it.each([
      ['the story first', false],
      ['the lead first', true],
    ])('is a copy of the story (%s)', (_, leadFirst) => {
      const core = new DedupCore();
      const full = testArticle('story', story(14), { publishedAt: at(0) });
      const snippet = testArticle('lead', lead(14), { publishedAt: at(20) });
      core.decide(leadFirst ? snippet : full);
      expect(core.decide(leadFirst ? full : snippet)).toMatchObject({ verdict: 'duplicate', rule: 'containment' });
    });

    it('needs the lead rule: a lead is too small a part of the story for containment alone', () => {
      const core = new DedupCore({ leadContainment: 1.01 });
      core.decide(testArticle('story', story(14), { publishedAt: at(0) }));
      expect(core.decide(testArticle('lead', lead(14), { publishedAt: at(20) })).verdict).toBe('unique');
    });

    it('the lead of a report with another count is a candidate, and the guard keeps it apart', () => {
      const core = new DedupCore();
      core.decide(testArticle('story', story(14), { publishedAt: at(0) }));
      expect(core.decide(testArticle('lead', lead(19), { publishedAt: at(20) }))).toMatchObject({
        verdict: 'unique',
        rule: 'guard-numbers',
      });
    });
  });
});
