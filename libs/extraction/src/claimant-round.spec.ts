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
