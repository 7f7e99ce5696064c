import { findCounts } from './counts';
import { tokens } from './tokens';

const counts = (t: string): Array<[number, string, string | null]> =>
  findCounts(tokens(t, 0), t, 0).map((c) => [c.value, c.qualifier, c.weapon]);

describe('numbers and counts', () => {
  it.each([
    ['64 drones', 64],
    ['1,200 drones', 1200],
    ['nine drones', 9],
    ['twenty-five drones', 25],
    ['one hundred and twelve drones', 112],
    ['a dozen drones', 12],
    ['two dozen drones', 24],
    ['half a dozen drones', 6],
    ['a drone', 1],
    ['one drone', 1],
    ['a single drone', 1],
    ['1.5 thousand drones', 1500],
  ])('%s = %d', (text, n) => {
    expect(counts(`shot down ${text}.`)[0]?.[0]).toBe(n);
  });

  it.each([
    ['at least 75', 'at_least'],
    ['no fewer than 8', 'at_least'],
    ['more than 30', 'more_than'],
    ['over 30', 'more_than'],
    ['about 40', 'about'],
    ['some 40', 'about'],
    ['nearly 60', 'about'],
    ['up to 12', 'up_to'],
    ['as many as 20', 'up_to'],
    ['40', 'exact'],
  ])('%s → %s', (text, q) => {
    expect(counts(`${text} drones were shot down.`)[0]?.[1]).toBe(q);
  });

  it('names the weapon from the head noun', () => {
    expect(
      counts(
        '75 "aircraft-type" drones, 3 Kh-101 cruise missiles, four HIMARS rockets, 12 guided bombs, a Su-34 and two Mi-8 helicopters',
      ),
    ).toEqual([
      [75, 'exact', 'drone'],
      [3, 'exact', 'missile'],
      [4, 'exact', 'rocket'],
      [12, 'exact', 'bomb'],
      [1, 'exact', 'aircraft'],
      [2, 'exact', 'aircraft'],
    ]);
  });

  it('is not fooled by years, times, money, distances, model numbers and compounds', () => {
    expect(
      counts(
        'In 2024 at 00:45, $125 and 10 billion rubles, 65 km away, Il-76 jets, a four-hour wave, 15% and nine locations',
      ),
    ).toEqual([]);
  });

  it('keeps vague quantities out', () => {
    expect(counts('dozens of drones, several drones, a number of drones, hundreds of drones')).toEqual([]);
  });

  it('keeps bare numbers where context supplies the thing counted', () => {
    expect(counts('and nine over Kaluga, while Smolensk recorded five.')).toEqual([
      [9, 'exact', null],
      [5, 'exact', null],
    ]);
  });
});

describe('numbers read with the shared parser (@skytally/text)', () => {
  it('reads "five six drones" as two numbers, not eleven', () => {
    expect(counts('shot down five six drones.').map((c) => c[0])).not.toContain(11);
  });
  it('reads "a million" and "two million" when they count', () => {
    expect(counts('shot down two million drones.')[0]?.[0]).toBe(2_000_000);
  });
});

describe('times of day are not counts', () => {
  it.each([
    'from half past nine in the morning until noon',
    'at nine in the morning',
    'at twelve noon',
    "by ten o'clock",
    'at 10 a.m.',
    'at a quarter to six',
  ])('%s', (text) => {
    expect(counts(`Drones were shot down ${text}.`)).toEqual([]);
  });
  it('still reads a count before "in the" place', () => {
    expect(counts('nine in the Kursk region were shot down.')[0]?.[0]).toBe(9);
  });
});
