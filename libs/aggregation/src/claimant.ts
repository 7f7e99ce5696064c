/**
 * The key a claimant is counted under in `byClaimant`. Articles spell the same
 * claimant differently ("Russian defence ministry", "Russian Ministry of
 * Defense"); folding the obvious variants keeps one claimant in one bucket.
 * People and offices ("Moscow mayor" vs "Sergei Sobyanin") are not merged:
 * that needs a gazetteer, which can be plugged in through `claimantKey`.
 */
export function defaultClaimantKey(claimant: string | null): string {
  if (claimant === null) return 'unknown';
  const folded = claimant
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[.,;:"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bministry of defence\b/g, 'defence ministry')
    .replace(/\bmod\b/g, 'defence ministry');
  return folded === '' ? 'unknown' : folded;
}
