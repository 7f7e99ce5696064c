import { numberSpan, numberWords } from './number-span';

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

  it('writes numbers as words up to 99', () => {
    expect([1, 13, 20, 42, 99, 100].map(numberWords)).toEqual([
      'one',
      'thirteen',
      'twenty',
      'forty-two',
      'ninety-nine',
      null,
    ]);
  });
});
