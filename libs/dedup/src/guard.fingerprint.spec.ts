import { conflicts, fingerprintOf, guardFacts } from './guard.fingerprint';
import { defaultPlaces } from './places.default';

const facts = (t: string) => guardFacts(t, defaultPlaces);
const conflict = (a: string, b: string) => {
  const x = fingerprintOf(facts(a));
  const y = fingerprintOf(facts(b));
  return conflicts(x, 0, x.length, y, 0, y.length);
};

describe('guard facts', () => {
  it('reads numbers as digits or words, grouped by what they count', () => {
    expect(facts('Nine drones and 1,200 people; twenty-five UAVs; a dozen missiles.')).toEqual(
      expect.arrayContaining(['n:drone=9', 'n:person=1200', 'n:drone=25', 'n:missile=12']),
    );
    expect(facts('9 drones')).toEqual(facts('nine drones'));
  });

  it('reads dates, weekdays, years and times, not as plain numbers', () => {
    expect(facts('On 3 June 2025, on Tuesday, until 04:35; June 4th.')).toEqual([
      'date=06-03',
      'date=06-04',
      'time=04:35',
      'weekday=tuesday',
      'year=2025',
    ]);
  });

  it('finds places with the default finder, and where drones were downed', () => {
    expect(facts('Drones were destroyed over the Bryansk region and in Kyiv.')).toEqual(
      expect.arrayContaining(['place=bryansk', 'place-over=bryansk', 'place=kyiv']),
    );
    expect(defaultPlaces('Governor Oleg Manturin said the Kursk Oblast and Krasnodar Krai were hit.')).toEqual([
      'kursk',
      'krasnodar',
    ]);
  });

  it('does not take object keys for words', () => {
    expect(facts('the constructor of toString drones')).toEqual([]);
  });
});

describe('conflicts', () => {
  const report = 'Air defences destroyed nine drones over the Bryansk region on Tuesday; 4 over the Kursk region.';
  it('keeps apart other numbers, other regions, other days', () => {
    expect(conflict(report, report.replace('nine', 'eleven'))).toBe(true);
    expect(conflict(report, report.replace('Bryansk', 'Oryol'))).toBe(true);
    expect(conflict(report, report.replace('Tuesday', 'Wednesday'))).toBe(true);
  });
  it('lets a copy have fewer facts (a cut) or more (boilerplate)', () => {
    expect(conflict(report, 'Air defences destroyed nine drones over the Bryansk region on Tuesday.')).toBe(false);
    expect(conflict(report, `KYIV, June 3 - ${report} Copyright 2025. Subscribe for 5 euros.`)).toBe(false);
    expect(conflict(report, report)).toBe(false);
  });
  it('counts the part of "N of M drones" as drones too: a copy that keeps only the part agrees', () => {
    const full = 'The air force said it shot down 53 of 68 drones and three of four missiles overnight.';
    expect(conflict(full, 'Ukraine says it downed 53 drones and three missiles.')).toBe(false);
    expect(conflict('Russia launched 68 drones; 53 of the drones were downed.', '53 drones were downed.')).toBe(false);
    // another part, or another whole, is another report
    expect(conflict(full, full.replace('53 of', '50 of'))).toBe(true);
    expect(conflict(full, full.replace('of 68', 'of 70'))).toBe(true);
    expect(conflict(full, 'Ukraine says it downed 50 drones and three missiles.')).toBe(true);
    // "three of them" says nothing about what was counted
    expect(facts('Three of them were hit.')).not.toEqual(expect.arrayContaining(['n:them=3']));
  });
  it("does not read a wire's sign-off for places: a cut copy that adds one is still a copy", () => {
    const story = 'Drones were destroyed over the Bryansk region on Tuesday.\n\nDebris fell on a farm near Klintsy.';
    const cutWithSignOff =
      'Drones were destroyed over the Bryansk region on Tuesday.\n\nAdditional reporting by our correspondent in Warsaw.';
    expect(facts(cutWithSignOff)).not.toEqual(expect.arrayContaining(['place=warsaw']));
    expect(conflict(story, cutWithSignOff)).toBe(false);
    expect(conflict(story, `${story}\n\nReporting by Olena Marchuk in Kyiv; Editing by Tom Hale`)).toBe(false);
    // the same place in the report itself is read, and still conflicts
    expect(
      conflict(
        story,
        'Drones were destroyed over the Bryansk region on Tuesday.\n\nDebris fell on a farm near Warsaw.',
      ),
    ).toBe(true);
  });
});
