/**
 * What the round specs compare: the claim identities a text gives, as
 * "14 drone @ UA-30" or "about 30 drone @ country UA" (the qualifier when not
 * exact), sorted.
 */
import { extractClaims } from '../src/index';
import { withRulesOff, type RuleName } from '../src/rules';

export function identities(body: string): string[] {
  return extractClaims({ articleId: 't', body, publishedAt: '2025-03-10T08:00:00Z' })
    .map(
      (c) =>
        `${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.count} ${c.weapon} @ ${
          c.scope === 'region' ? c.regions.join('+') : `country ${c.country}`
        }`,
    )
    .sort();
}

/** A text and the identities it must give. */
export type IdentityRow = [string, string[]];

/** Round-spec rows: each sentence gives exactly its identities. */
export function identityRows(rows: IdentityRow[]): void {
  it.each(rows)('%s', (text, want) => expect(identities(text)).toEqual(want));
}

/**
 * A switchable rule's family of round-spec rows: each row gives its identities, and the first
 * fails with the rule switched off (so the rule, not another, is what reads it).
 */
export function ruleFamily(rule: RuleName | RuleName[], rows: IdentityRow[]): void {
  // (several rules when a later one reads the same structure too: the first row fails with all of them off)
  const rules = Array.isArray(rule) ? rule : [rule];
  identityRows(rows);
  it(`fails on its first row with ${rules.join(' and ')} off`, () => {
    const [text, want] = rows[0]!;
    expect(withRulesOff(rules, () => identities(text))).not.toEqual(want);
  });
}
