/**
 * A copy laid out another way — every paragraph opened by a Telegram emoji, or the whole text hard-wrapped as a
 * plain-text feed sends it, or with the page's own lines (another story's headline in a "Read also:" line, a byline, a
 * promotion, tags) or a label before its lede — is caught as the copy it is: its bullets are read as line breaks
 * (`@skytally/text`, layout.ts), a wrapped copy is found by its words, the page's lines are not read for the report's
 * places where the rest names one (guard.fingerprint.ts); a different report laid out the same way still stays apart,
 * and a line shaped like the page's that tells the report is read. The texts are the team's own.
 */
import { wrap } from '../../text/test/wrap';
import { NEW_LEDE_TRIMMED, NEXT_NIGHT, ORIGINAL } from '../test/rewrite-texts';
import { findPlaces } from '@skytally/gazetteer';
import { testArticle } from '../test/test-articles';
import { DedupCore } from './dedup.core';

/** The service's place finder (the gazetteer, as codes) beside the core's default one. */
const gazetteer = (t: string) => [...new Set(findPlaces(t).map((p) => p.code))];

const at = (minutes: number) => new Date(Date.UTC(2025, 6, 4, 6, minutes)).toISOString();

/** Another story's headline in a teaser line after the first paragraph, as Ukrainian and Russian outlets' pages print one. */
const withTeaser = (text: string, teaser: string) => {
  const paras = text.split('\n\n');
  paras.splice(1, 0, teaser);
  return paras.join('\n\n');
};
const TEASER = 'Read also: Drone debris damages a house in the Kyiv region';
/**
 * The original with one district fewer in its list: it lacks a place the original names, so a place it adds (from a
 * line of the page) reads as another report's unless that line is read as the page's.
 */
const CUT = ORIGINAL.replace('Sumy, Poltava, Chernihiv and Kharkiv', 'Sumy, Poltava and Chernihiv');

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
    ['a label before its lede', `BREAKING: ${NEW_LEDE_TRIMMED}`],
    ['a label and a bar before its lede', `⚡️URGENT | ${NEW_LEDE_TRIMMED}`],
  ])('catches a copy with %s', (_, copy) => {
    const core = new DedupCore();
    expect(core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) })).verdict).toBe('unique');
    expect(core.decide(testArticle('copy', copy, { publishedAt: at(50) }))).toMatchObject({
      verdict: 'duplicate',
      duplicateOf: 'orig',
    });
  });

  // (with the service's place finder, the gazetteer: the default one reads too few places for a cut to keep one)
  it.each([
    ['a teaser line', withTeaser(CUT, TEASER)],
    ['a teaser line at its end', `${CUT}\n\nRELATED: Three drones shot down over Odesa overnight`],
    ['a byline', `By Olena Petrenko in Kyiv\n\n${CUT}`],
    ['a channel promotion', `${CUT}\n\nSubscribe to our Telegram channel for news from Dnipro.`],
    ['a line of tags', `${CUT}\n\nTags: Kyiv, drones, air defence, Odesa`],
  ])('catches a reprint with %s naming another place, with the gazetteer', (_, copy) => {
    const core = new DedupCore({ places: gazetteer });
    core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) }));
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
    for (const core of [new DedupCore(), new DedupCore({ places: gazetteer })]) {
      core.decide(testArticle('orig', withTeaser(ORIGINAL, TEASER), { publishedAt: at(0) }));
      const next = core.decide(testArticle('next', withTeaser(NEXT_NIGHT, TEASER), { publishedAt: at(40) }));
      expect(next.verdict).toBe('unique');
    }
  });

  // (a line shaped like a caption, a promotion, a tag line or a byline that holds the report's own facts is the report:
  // review by other hands)
  const TAIL =
    '\n\nThe regional administration said debris fell in several districts and damaged private houses and cars. No one was injured, according to preliminary information.';
  it.each([
    [
      'Video: air defence at work over the Kyiv region overnight, 25 drones shot down.',
      'Video: air defence at work over the Odesa region overnight, 31 drones shot down.',
    ],
    [
      'Photos: the aftermath of the attack on Kharkiv on June 2, in which 3 people were killed and 14 injured.',
      'Photos: the aftermath of the attack on Kharkiv on June 3, in which 5 people were killed and 21 injured.',
    ],
    ['Topics: 40 drones shot down over the Bryansk region', 'Topics: 12 drones shot down over the Kursk region'],
    ['By Sunday – Kharkiv', 'By Sunday – Odesa'],
    ['By Dawn, Odesa Counts Damage', 'By Dawn, Kharkiv Counts Damage'],
    [
      'The ministry published a\nvideo: 25 drones were destroyed over the Kursk region, it said.',
      'The ministry published a\nvideo: 31 drones were destroyed over the Bryansk region, it said.',
    ],
  ])("keeps apart two reports told in a line shaped like the page's own: %s", (a, b) => {
    const core = new DedupCore({ places: gazetteer });
    core.decide(testArticle('a', a + TAIL, { publishedAt: at(0) }));
    expect(core.decide(testArticle('b', b + TAIL, { publishedAt: at(30) })).verdict).toBe('unique');
  });

  it('keeps apart two reports told in short fields between bars', () => {
    const core = new DedupCore({ places: gazetteer });
    core.decide(testArticle('a', `Kyiv | 12 drones shot down | 3 injured${TAIL}`, { publishedAt: at(0) }));
    const b = core.decide(testArticle('b', `Kyiv | 19 drones shot down | 4 injured${TAIL}`, { publishedAt: at(30) }));
    expect(b.verdict).toBe('unique');
  });

  it('keeps apart two reports whose ledes open with a label and a bar', () => {
    // (a line with a bar was a header line, "Reuters | Kyiv | Updated: …", whatever its length: these two merged)
    for (const core of [new DedupCore(), new DedupCore({ places: gazetteer })]) {
      const lede = (n: number, region: string) =>
        `⚡️URGENT | Air defence shot down ${n} drones over the ${region} region overnight, the air force said.${TAIL}`;
      core.decide(testArticle('a', lede(25, 'Kyiv'), { publishedAt: at(0) }));
      expect(core.decide(testArticle('b', lede(31, 'Odesa'), { publishedAt: at(30) })).verdict).toBe('unique');
    }
  });

  it("reads the page's lines for places where the rest of the text names none", () => {
    // (a short post whose one place is in its teaser or byline: two such posts about other places stay apart)
    const core = new DedupCore({ places: gazetteer });
    const post = (place: string) =>
      `Debris fell on a warehouse and started a fire, the emergency service said.\n\nBy Olena Petrenko in ${place}`;
    core.decide(testArticle('a', post('Kharkiv'), { publishedAt: at(0) }));
    expect(core.decide(testArticle('b', post('Odesa'), { publishedAt: at(30) })).verdict).toBe('unique');
  });

  it('keeps apart two one-line posts shaped like captions', () => {
    const core = new DedupCore({ places: gazetteer });
    core.decide(testArticle('a', 'Video: the night attack on Kharkiv, 25 drones shot down', { publishedAt: at(0) }));
    const b = core.decide(
      testArticle('b', 'Video: the night attack on Odesa, 31 drones shot down', { publishedAt: at(30) }),
    );
    expect(b.verdict).toBe('unique');
  });

  it('keeps apart a report whose other place is in its own text, whatever lines the page adds', () => {
    const core = new DedupCore({ places: gazetteer });
    core.decide(testArticle('orig', ORIGINAL, { publishedAt: at(0) }));
    const moved = ORIGINAL.replace('Sumy, Poltava, Chernihiv and Kharkiv', 'Sumy, Poltava, Chernihiv and Kherson');
    const other = `By Olena Petrenko in Kyiv\n\n${withTeaser(moved, TEASER)}\n\nTags: Kharkiv, drones`;
    expect(core.decide(testArticle('other', other, { publishedAt: at(30) })).verdict).toBe('unique');
  });
});
