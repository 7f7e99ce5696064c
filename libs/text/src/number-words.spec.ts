import { isNumberWord, ordinalWord, parseDigits, parseNumberWords, wordArray } from './number-words';

const parse = (text: string): [number, number] | null => {
  const r = parseNumberWords(wordArray(text.split(' ')), 0);
  return r === null ? null : [r.value, r.used];
};

describe('parseNumberWords (one parser for extraction and dedup)', () => {
  it.each<[string, [number, number] | null]>([
    ['nine drones', [9, 1]],
    ['twenty five drones', [25, 2]],
    ['twenty - five drones', [25, 3]],
    ['twenty-five drones', [25, 1]],
    ['one hundred and twelve drones', [112, 4]],
    ['a hundred and twelve', [112, 4]],
    ['a dozen drones', [12, 2]],
    ['two dozen drones', [24, 2]],
    ['two thousand three hundred', [2300, 4]],
    ['a thousand drones', [1000, 2]],
    ['zero', [0, 1]],
    ['drones', null],
    ['a drone', null],
  ])('%s', (text, want) => {
    expect(parse(text)).toEqual(want);
  });

  // the cases where the two old parsers disagreed
  it('stops at a second unit: "five six" is 5 (then 6), not 11', () => {
    expect(parse('five six drones')).toEqual([5, 1]);
    expect(parseNumberWords(wordArray(['five', 'six']), 1)).toEqual({ value: 6, used: 1 });
  });
  it('stops at a second tens word or a unit after a unit: "twenty thirty", "seven eleven"', () => {
    expect(parse('twenty thirty')).toEqual([20, 1]);
    expect(parse('seven eleven')).toEqual([7, 1]);
    expect(parse('twenty eleven')).toEqual([20, 1]);
  });
  it('reads "million" (extraction did not)', () => {
    expect(parse('three million')).toEqual([3_000_000, 2]);
    expect(parse('a million')).toEqual([1_000_000, 2]);
    expect(parse('two million five hundred thousand')).toEqual([2_500_000, 5]);
  });
  it('needs a number before a scale word: "hundred" alone is no number (dedup read 100)', () => {
    expect(parse('hundred drones')).toBeNull();
    expect(parse('dozen drones')).toBeNull();
  });
  it('takes "and" only between a scale and a number, and a dash only inside tens-unit', () => {
    expect(parse('five and six')).toEqual([5, 1]);
    expect(parse('one hundred and drones')).toEqual([100, 2]);
    expect(parse('five - six')).toEqual([5, 1]);
    expect(parse('two and a dozen')).toEqual([2, 1]);
  });
  it('knows its words, digits and ordinals', () => {
    expect(['nine', 'hundred', 'million', 'dozen'].every(isNumberWord)).toBe(true);
    expect(isNumberWord('and')).toBe(false);
    expect(parseDigits('1,200')).toBe(1200);
    expect(parseDigits('3rd')).toBe(3);
    expect(parseDigits('12a')).toBeNull();
    expect(ordinalWord('fourth')).toBe(4);
    expect(ordinalWord('four')).toBeNull();
  });
});
