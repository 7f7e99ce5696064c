/**
 * Where a claim's count is written in its evidence sentence, so the page can
 * highlight it. The claim carries the sentence and offsets of the sentence in
 * the body, not of the number, so the number is found again here: as digits
 * (with or without thousands separators) or as English words up to 99.
 */
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The number as words ("sixty-four"), for 1…99; null beyond. */
export function numberWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n < 20) return UNITS[n] ?? null;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return unit ? `${tens}-${UNITS[unit] ?? ''}` : tens;
}

/** [start, end) of the count in `text`, or null when it is not written there. */
export function numberSpan(text: string, count: number): [number, number] | null {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\u00a0\\u202f ]?');
  const asDigits = new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`, 'u').exec(text);
  if (asDigits) return [asDigits.index, asDigits.index + asDigits[0].length];
  const words = numberWords(count);
  if (!words) return null;
  const asWords = new RegExp(`\\b${words.replace('-', '[-\\s\\u2010\\u2011]')}\\b`, 'iu').exec(text);
  return asWords ? [asWords.index, asWords.index + asWords[0].length] : null;
}
