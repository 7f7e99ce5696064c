/**
 * Claimants (claims.md rule 12, README "Claimant"): who made a claim, as written. Invented sentences, no corpus text.
 */
import { findClaimants } from './claimant';
import { extractClaims } from './extract-claims';

/** "14 drone: Russian Defence Ministry" for each claim of a text, in order. */
function claimants(body: string): string[] {
  return extractClaims({ articleId: 'a', body, publishedAt: null }).map(
    (c) => `${c.count} ${c.weapon}: ${c.claimant ?? 'null'}`,
  );
}

describe('"Russia\'s air defence forces …, the ministry said": forces named with a possessive are the actor, not the speaker', () => {
  it('marks the possessive forms as actors, as the demonym forms', () => {
    for (const text of ["Russia's air defence forces", "Ukraine's Armed Forces", 'Russian air defence forces'])
      expect(findClaimants(`${text} downed them.`, 0)[0]).toMatchObject({ text, actor: true });
  });
  it('takes the body that speaks as the claimant', () => {
    expect(
      claimants(
        "Russia's air defence forces destroyed 14 drones over the Kursk region, the Russian Defence Ministry said.",
      ),
    ).toEqual(['14 drone: Russian Defence Ministry']);
  });
  it('keeps the forces when nobody else is named', () => {
    expect(claimants("Russia's air defence forces shot down seven drones over the Bryansk region on Monday.")).toEqual([
      "7 drone: Russia's air defence forces",
    ]);
  });
});

describe('"Belarus said it had shot down …", "…, Ukraine says": a country, its capital or its officials speaking', () => {
  it('names the country as written when nobody more particular speaks', () => {
    expect(claimants('Belarus said on Monday it had shot down a drone over the Homel region.')).toEqual([
      '1 drone: Belarus',
    ]);
    expect(claimants('Three missiles were intercepted over the Kharkiv region overnight, Kyiv says.')).toEqual([
      '3 missile: Kyiv',
    ]);
    expect(claimants('Polish officials say two drones were downed in Polish airspace on Wednesday.')).toEqual([
      '2 drone: Polish officials',
    ]);
    expect(claimants('According to Moscow, nine drones were destroyed over the Tula region.')).toEqual([
      '9 drone: Moscow',
    ]);
  });
  it('carries on to the next sentence as any claimant does', () => {
    expect(
      claimants('Russia said on Sunday it had downed 20 drones. Twelve were destroyed over the Oryol region.'),
    ).toEqual(['20 drone: Russia', '12 drone: Russia']);
  });
  it('yields to a body or official named in the sentence', () => {
    expect(
      claimants('Russia said that air defence destroyed 8 drones over the Kursk region, the governor of Kursk wrote.'),
    ).toEqual(['8 drone: governor of Kursk']);
  });
  it('is not a country inside a name, nor a speaker of another clause after the count', () => {
    // (the command itself is the claimant, a regional command: not "Ukraine")
    expect(claimants('The Northern Command of Ukraine said its units shot down five drones over Chernihiv.')).toEqual([
      '5 drone: Northern Command of Ukraine',
    ]);
    expect(
      claimants('Air defence shot down 11 drones over the Sumy region, while Russia says it downed 30 drones itself.'),
      // (not Russia: the forces that intercepted are named since the second round, claimant-round-2.spec.ts)
    ).toEqual(['11 drone: Air defence', '30 drone: Russia']);
  });
});

describe('"…," the ministry\'s statement read: a body named only by its kind', () => {
  it('names it as written, without "the"', () => {
    expect(
      claimants('"Air defence destroyed 17 drones over the Lipetsk region," the ministry\'s statement read.'),
    ).toEqual(['17 drone: ministry']);
    expect(claimants('According to the command, six drones were shot down over the Odesa region.')).toEqual([
      '6 drone: command',
    ]);
  });
  it('keeps the body named before, whom "the ministry" refers to', () => {
    expect(
      claimants(
        'The Russian Defence Ministry reported an attack overnight. Air defence downed 12 drones over the Tver region, the ministry said.',
      ),
    ).toEqual(['12 drone: Russian Defence Ministry']);
  });
  it('is no speaker when "the military" is the subject of something else', () => {
    expect(claimants('The military moved quickly, and four drones were shot down over the Kherson region.')).toEqual([
      '4 drone: null',
    ]);
  });
});

describe('a claim told twice takes the attribution of the telling that has one', () => {
  it('gives a headline claim the claimant of its repeat in the body', () => {
    expect(
      claimants(
        'Russia downs 43 drones over Belgorod region\n43 drones were destroyed over the Belgorod region overnight, the Russian Defence Ministry said.',
      ),
    ).toEqual(['43 drone: Russian Defence Ministry']);
  });
  it("keeps the first telling's own claimant", () => {
    expect(
      claimants(
        "The Belgorod governor said 12 drones were shot down over the Belgorod region. Twelve drones were destroyed over the Belgorod region, Russia's Defence Ministry said.",
      ),
    ).toEqual(['12 drone: Belgorod governor']);
  });
});

describe("Ukraine's regional commands are claimants", () => {
  it.each([
    ['The Southern Defence Forces said 12 drones were destroyed over the Odesa region.', 'Southern Defence Forces'],
    [
      'Operational Command South reported that 7 drones were shot down over the Mykolaiv region.',
      'Operational Command South',
    ],
    [
      'The Defence Forces of the South of Ukraine said 5 drones were downed over the Mykolaiv region.',
      'Defence Forces of the South of Ukraine',
    ],
  ])('%s', (body, who) => expect(claimants(body)[0]).toMatch(new RegExp(`: ${who}$`)));
});
