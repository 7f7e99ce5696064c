/**
 * Claimants, second round (claims.md rule 12, README "Claimants, second round"): constructions of news attribution
 * that recur across outlets. Invented sentences and names, no corpus text.
 */
import { findClaimants } from './claimant';
import { extractClaims } from './extract-claims';

/** "14 drone: Russian Defence Ministry" for each claim of a text, in order. */
function claimants(body: string): string[] {
  return extractClaims({ articleId: 'a', body, publishedAt: null }).map(
    (c) => `${c.count} ${c.weapon}: ${c.claimant ?? 'null'}`,
  );
}

describe('a person named with the body they speak for is the claimant', () => {
  it.each([
    ['Defence Ministry spokesman Lieutenant-General Pavel Torbin said on Monday.', 'Pavel Torbin'],
    ["Ukraine's air force commander, Danylo Verbytsky, said on Friday.", 'Danylo Verbytsky'],
    ['The commander of the Ukrainian air force, Danylo Verbytsky, wrote on Telegram.', 'Danylo Verbytsky'],
    ["Pavel Torbin, the Russian Defence Ministry's spokesman, told reporters.", 'Pavel Torbin'],
    ["Ostap Hnatiuk, the commander-in-chief of Ukraine's armed forces, said so.", 'Ostap Hnatiuk'],
    ['Defence Minister Ostap Hnatiuk wrote on social media.', 'Ostap Hnatiuk'],
  ])('%s → %s', (sentence, name) => {
    const found = findClaimants(sentence, 0);
    expect(found.map((m) => m.text)).toEqual([name]);
  });
  it("keeps the body's country, so nothing a claim is placed by changes", () => {
    expect(findClaimants('Ukrainian Air Force spokesman Danylo Verbytsky said.', 0)[0]).toMatchObject({
      text: 'Danylo Verbytsky',
      country: 'UA',
    });
  });
  it('names the person for the claims of the sentence', () => {
    expect(
      claimants(
        'Air defence units shot down 23 drones over the Oryol region, Defence Ministry spokesman Major General Pavel Torbin said.',
      ),
    ).toEqual(['23 drone: Pavel Torbin']);
  });
  it('leaves a body alone when no name stands by its title', () => {
    expect(findClaimants("A spokesman for Russia's Defence Ministry said.", 0).map((m) => m.text)).toEqual([
      "Russia's Defence Ministry",
    ]);
  });
});
