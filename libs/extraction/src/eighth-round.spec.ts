/**
 * The eighth round's structures (README, "Eighth round"): each family with invented sentences
 * (no corpus sentence), written to fail with the rule removed.
 */
import { extractClaims } from './index';

type Row = string;
/** "14 drone @ UA-30" or "about 30 drone @ country UA" (qualifier when not exact), sorted. */
function identities(body: string): Row[] {
  return extractClaims({ articleId: 't', body, publishedAt: '2025-03-10T08:00:00Z' })
    .map(
      (c) =>
        `${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.count} ${c.weapon} @ ${
          c.scope === 'region' ? c.regions.join('+') : `country ${c.country}`
        }`,
    )
    .sort();
}

describe('a fraction or a percentage of a set counts no threat, and the set is no claim', () => {
  it.each([
    ["Ukraine's air force said 80% of the 50 drones were downed overnight.", []],
    ["Ukraine's air force said about 80 per cent of the 50 drones were downed overnight.", []],
    ["Ukraine's air force said two-thirds of the 90 drones were downed.", []],
    ["Ukraine's air force said around a third of the 90 drones were downed.", []],
    ["Ukraine's air force said 90 percent of 60 drones were shot down.", []],
    // an ordinal after "a" that is no fraction is still one more
    [
      'Russia launched three missiles. Two were shot down, and a third was intercepted over the Kyiv region, the air force said.',
      ['1 missile @ UA-32', '2 missile @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"30-odd drones" is a round count written as approximate', () => {
  it.each([
    ["Ukraine's air force said 30-odd drones were downed.", ['about 30 drone @ country UA']],
    ["Ukraine's air force said forty-odd drones were downed over the Kyiv region.", ['about 40 drone @ UA-32']],
    // "not fewer than" as "no fewer than"
    ["Ukraine's air force said not fewer than 7 missiles were downed.", ['at_least 7 missile @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a set sent at one place places its part also when the speaker names the target country', () => {
  it.each([
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed.",
      ['12 drone @ UA-51'],
    ],
    [
      "Ukraine launched 20 drones at the Belgorod region. Russia's defence ministry said 18 were shot down.",
      ['18 drone @ RU-BEL'],
    ],
    // "targeted X with N" is a launch towards X
    [
      'Ukraine targeted the Bryansk region with 20 drones overnight. All were destroyed, the governor said.',
      ['20 drone @ RU-BRY'],
    ],
    // not: a place or a country named as where they were stopped
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed over Ukraine.",
      ['12 drone @ country UA'],
    ],
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed over the Mykolaiv region.",
      ['12 drone @ UA-48'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('", all of which were shot down" after a launched set, past its place and time', () => {
  it.each([
    [
      "Russia launched 20 drones at Ukraine overnight, all of which were shot down, Ukraine's air force said.",
      ['20 drone @ country UA'],
    ],
    ['Russia launched 40 drones overnight, all of which were shot down.', ['40 drone @ country UA']],
    [
      'The Russian army fired 12 missiles at Kyiv overnight, all of which were destroyed, the city administration said.',
      ['12 missile @ UA-30'],
    ],
    // not: a relative clause that reports no interception
    ['Russia fired 12 missiles at Kyiv, all of which hit their targets.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});
