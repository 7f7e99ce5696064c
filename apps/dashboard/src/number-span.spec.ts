import { numberSpan } from './number-span';

const cases: { text: string; count: number; span: string | null }[] = [
  { text: '64 of these drones were shot down over Bryansk Oblast', count: 64, span: '64' },
  { text: 'Kaluga Oblast followed with nine', count: 9, span: 'nine' },
  { text: 'Sixty-four drones were downed', count: 64, span: 'Sixty-four' },
  { text: 'air defence destroyed 1,250 drones since May', count: 1250, span: '1,250' },
  { text: 'of 164 drones, 64 were shot down', count: 64, span: '64' },
  { text: 'on 6.4 km of front, 6 drones', count: 6, span: '6' },
  { text: 'dozens of drones were shot down', count: 12, span: null },
];

describe('numberSpan', () => {
  it.each(cases)('finds $count in "$text"', ({ text, count, span }) => {
    const found = numberSpan(text, count);
    expect(found ? text.slice(found[0], found[1]) : null).toBe(span);
  });

  it('reads words as the extractor does: unhyphenated, with scales, a number whole', () => {
    const span = (text: string, count: number) => {
      const found = numberSpan(text, count);
      return found ? text.slice(found[0], found[1]) : null;
    };
    expect(span('air defence downed twenty five drones', 25)).toBe('twenty five');
    expect(span('A hundred and twelve drones overnight', 112)).toBe('A hundred and twelve');
    expect(span('sixty\u2011four were shot down', 64)).toBe('sixty\u2011four');
    expect(span('sixty-four drones', 4)).toBeNull();
    expect(span('five six drones', 6)).toBe('six');
  });
});
