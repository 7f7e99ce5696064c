/** Test helper: a valid ClaimRecord from the few fields a test cares about. */
import type { ClaimRecord } from '@skytally/contracts';

export type ClaimInput = Partial<ClaimRecord> & { eventTime: string };

export function claim(input: ClaimInput): ClaimRecord {
  const scope = input.scope ?? (input.regions && input.regions.length === 0 ? 'country' : 'region');
  const regions = scope === 'country' ? [] : [...(input.regions ?? ['RU-BRY'])].sort();
  const base = {
    articleId: 'a1',
    count: 1,
    qualifier: 'exact' as const,
    weapon: 'drone' as const,
    country: 'RU',
    claimant: 'Russian defence ministry',
    eventDate: null,
    evidence: { text: '', start: 0, end: 0 },
    partOf: null,
    ...input,
    scope,
    regions,
  };
  const claimId =
    input.claimId ??
    `${base.articleId}#${scope}:${scope === 'country' ? base.country : regions.join(',')}:${base.count}:${base.weapon}`;
  return { ...base, claimId, regionKey: input.regionKey ?? base.country };
}
