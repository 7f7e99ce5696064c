/**
 * The key a claimant is counted under in `byClaimant`. Articles spell the same
 * claimant differently ("Russian defence ministry", "Russian Ministry of
 * Defense"); folding the obvious variants keeps one claimant in one bucket.
 * "Russia's Ministry of Defence" is the Russian defence ministry's bucket.
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
    .replace(/\bmod\b/g, 'defence ministry')
    // "Russia's defence ministry" and "the Russian defence ministry" are one body: the possessive (its 's already
    // dropped) before a body's words reads as the adjective. The country alone ("Russia said") stays as it is.
    .replace(COUNTRY_BEFORE_BODY, (country) => ADJECTIVE[country]!);
  return folded === '' ? 'unknown' : folded;
}

const ADJECTIVE: Readonly<Record<string, string>> = {
  russia: 'russian',
  ukraine: 'ukrainian',
  belarus: 'belarusian',
  poland: 'polish',
};
const COUNTRY_BEFORE_BODY =
  /\b(?:russia|ukraine|belarus|poland)\b(?= (?:defence|air|armed|military|general|ministry|army|navy|forces|emergencies|border|national|southern|eastern|northern|western)\b)/g;
