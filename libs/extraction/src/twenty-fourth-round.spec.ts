/**
 * The twenty-fourth round's structures (README, "Twenty-fourth round"), each with invented sentences (no corpus
 * sentence) and a row where the rule could reach too far.
 */
import { eventDateOf } from './event-date';
import { withRulesOff } from './rules';
import { ruleFamily } from '../test/identities';

describe('a part of "the region" is the region the sentence or the text names', () => {
  ruleFamily('regionPart', [
    [
      'The governor of the Tambov region said a drone had been brought down over the northern part of the region.',
      ['1 drone @ RU-TAM'],
    ],
    [
      'Drones attacked the Kursk region. Three were shot down in the region’s airspace, officials said.',
      ['3 drone @ RU-KRS'],
    ],
    // two regions named before: no telling which
    [
      'The governors of the Kursk and Bryansk regions said four drones had been shot down over the southern part of the region.',
      ['4 drone @ country RU'],
    ],
  ]);
});

describe('dates of the twenty-fourth round', () => {
  const morning = '2025-06-18T08:00:00Z'; // a Wednesday
  const noon = '2025-06-18T12:00:00Z';
  it('dates one night told by its evening and its morning by the later day (eveningToMorning)', () => {
    expect(eventDateOf('Between Tuesday night and Wednesday morning 40 drones were destroyed.', noon)).toBe(
      '2025-06-18',
    );
    expect(eventDateOf('From Tuesday evening to Wednesday morning, 40 drones were shot down.', noon)).toBe(
      '2025-06-18',
    );
    expect(eventDateOf('From Monday night into the early hours of Tuesday, 12 drones were downed.', noon)).toBe(
      '2025-06-17',
    );
    // an evening and a morning two days apart are no one night: the first weekday, as before
    expect(eventDateOf('Between Monday evening and Wednesday morning 70 drones were downed.', noon)).toBe('2025-06-16');
    expect(
      withRulesOff(['eveningToMorning'], () =>
        eventDateOf('Between Tuesday night and Wednesday morning 40 drones were destroyed.', noon),
      ),
    ).toBe('2025-06-17');
  });
  it('dates "last night" by the report day in a report of the day (lastNightEnds)', () => {
    expect(eventDateOf('Air defence shot down 12 drones last night.', morning)).toBe('2025-06-18');
    expect(eventDateOf('Air defence shot down 12 drones last night.', noon)).toBe('2025-06-18');
    // a stamp with no hour, or a late one, keeps the day before
    expect(eventDateOf('Air defence shot down 12 drones last night.', '2025-06-18')).toBe('2025-06-17');
    expect(eventDateOf('Air defence shot down 12 drones last night.', '2025-06-18T19:30:00Z')).toBe('2025-06-17');
    expect(
      withRulesOff(['lastNightEnds'], () => eventDateOf('Air defence shot down 12 drones last night.', noon)),
    ).toBe('2025-06-17');
  });
  it('reads a day and month joined by a slash after "on" (slashDate)', () => {
    expect(eventDateOf('The ministry said on 16/6 that 20 drones were shot down.', noon)).toBe('2025-06-16');
    expect(eventDateOf('The ministry said on 6/16 that 20 drones were shot down.', noon)).toBe('2025-06-16');
    expect(eventDateOf('At 1:20 on 31/12/2024 a drone was downed.', noon)).toBe('2024-12-31');
    // both readings are dates before the report: the nearer (5 June, not 6 May)
    expect(eventDateOf('The ministry said on 5/6 that 20 drones were shot down.', noon)).toBe('2025-06-05');
    // not a fraction or a round-the-clock
    expect(eventDateOf('Air defence is on 24/7 alert; 20 drones were shot down.', noon)).toBeNull();
    expect(eventDateOf('Air defence shot down 1/3 of the drones.', noon)).toBeNull();
    expect(
      withRulesOff(['slashDate'], () => eventDateOf('The ministry said on 16/6 that 20 drones were shot down.', noon)),
    ).toBeNull();
  });
});
