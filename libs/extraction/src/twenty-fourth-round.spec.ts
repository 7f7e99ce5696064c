/**
 * The twenty-fourth round's structures (README, "Twenty-fourth round"), each with invented sentences (no corpus
 * sentence) and a row where the rule could reach too far.
 */
import { eventDateOf } from './event-date';
import { withRulesOff } from './rules';
import { identityRows, ruleFamily } from '../test/identities';

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

describe('a time zone’s offset is no count', () => {
  ruleFamily('timeZoneOffset', [
    [
      'A drone was shot down over the Kaluga region at about 2:10 a.m. (local time, GMT+3), the ministry said.',
      ['1 drone @ RU-KLU'],
    ],
    // a count after a plus sign with no time zone is still one
    [
      'Air defence shot down 12 drones over the Kursk region + 3 over the Oryol region.',
      ['12 drone @ RU-KRS', '3 drone @ RU-ORL'],
    ],
  ]);
});

describe('a model written with a space after its hyphen', () => {
  ruleFamily('spacedHyphenModel', [
    [
      'Twelve Shahed drones and one Kh- 101 cruise missile were shot down, the air force said.',
      ['1 missile @ country UA', '12 drone @ country UA'],
    ],
    // a dash between words and a count stays a count
    ['Air defence shot down drones over Kursk - 14 of them, the ministry said.', ['14 drone @ RU-KRS']],
  ]);
});

describe('"near" after a place and a comma says where that place is', () => {
  ruleFamily('nearAfterPlace', [
    [
      'Three drones were shot down over Bryansk and two in Tula, near Moscow.',
      ['2 drone @ RU-TUL', '3 drone @ RU-BRY'],
    ],
    // "near" with no place before it is the count's place
    ['Two drones were shot down near Moscow, the mayor said.', ['2 drone @ RU-MOW']],
  ]);
});

describe('"remotely piloted aircraft" are drones', () => {
  identityRows([
    [
      'Air defence systems destroyed 9 Ukrainian remotely piloted aircraft over the Kherson region.',
      ['9 drone @ UA-65'],
    ],
    ['Air defence systems destroyed 9 Ukrainian piloted aircraft over the Kherson region.', ['9 aircraft @ UA-65']],
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
