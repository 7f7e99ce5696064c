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
    // a place the sentence names in passing (a route) is not the speaker's region: the region named before
    [
      'Drones attacked the Lipetsk region overnight. Traffic on the road towards Voronezh was halted while six drones were shot down over the southern part of the region.',
      ['6 drone @ RU-LIP'],
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
    // a stamp apart from a count is no offset
    [
      '06:40 GMT - 14 drones were shot down over the Belgorod region overnight, the governor said.',
      ['14 drone @ RU-BEL'],
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
    // the next item of a list after "near" stays a place of the count
    [
      'Ukraine said it shot down 12 drones over Kyiv, near Odesa and over the Dnipropetrovsk region.',
      ['12 drone @ UA-12+UA-30+UA-51'],
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

describe('"since then" takes the span a sentence just before opened', () => {
  ruleFamily('sinceThen', [
    [
      'The spokesman then listed what had been destroyed since the operation began in February 2022. He said that since then Russian forces had destroyed 412 aircraft and 3,702 drones.',
      [],
    ],
    // a span of hours before "since then" is no tally
    [
      'The attack began at 22:00. Since then air defence has shot down 31 drones over the Kursk region, the governor said.',
      ['31 drone @ RU-KRS'],
    ],
  ]);
});

describe('"all of the drones", "all of Russia’s drones" are the whole set named before', () => {
  ruleFamily('allOfThe', [
    [
      'Russia attacked overnight with six missiles and 30 drones. The air force said it succeeded in intercepting all of Russia’s drones and two of the missiles.',
      ['2 missile @ country UA', '30 drone @ country UA'],
    ],
    [
      'Russia launched 18 drones at the Odesa region overnight. All of the drones were shot down, the governor said.',
      ['18 drone @ UA-51'],
    ],
    // "all of" a set of another weapon is no reference to the drones
    [
      'Russia launched 18 drones at the Odesa region overnight. All of the missiles were shot down, the governor said.',
      [],
    ],
  ]);
});

describe('NATO’s or allied aircraft are the defenders’, not the threats', () => {
  ruleFamily('defenderAircraft', [
    [
      'About 12 Russian drones crossed into Polish airspace overnight. The Polish air force, supported by allied aircraft, shot down three of them, adding that no MiG-29 had been damaged.',
      ['3 drone @ country PL'],
    ],
    // Russian aircraft are threats as before
    [
      'Ukraine said it had shot down two Russian aircraft and 14 drones over the east.',
      ['14 drone @ country UA', '2 aircraft @ country UA'],
    ],
  ]);
});

describe('"all" is the unnumbered set its own sentence names first', () => {
  ruleFamily('vagueSetFirst', [
    [
      'Russia launched 40 drones overnight. The mayor said several waves of drones had targeted the city, but they had all been shot down.',
      [],
    ],
    // with no set of its own, "all" is the set before
    [
      'Russia launched 40 drones at Ukraine overnight. All were shot down, the air force said.',
      ['40 drone @ country UA'],
    ],
  ]);
});

describe('a country’s possessive on the threats is their origin', () => {
  ruleFamily('ownerOrigin', [
    ['The air force said it had intercepted 9 of Russia’s drones overnight.', ['9 drone @ country UA']],
    // a possessive of a place, not of the threats, is still the place
    ['Air defence shot down 9 drones over Russia’s Kursk region.', ['9 drone @ RU-KRS']],
  ]);
});

describe('a count with no side takes the side of the claim just before', () => {
  ruleFamily('previousSentenceSide', [
    [
      'Russia said it shot down 30 Ukrainian drones over its regions. Ukraine, for its part, said its forces destroyed 41 of 55 Russian drones. The air force said a further nine drones were jammed by electronic warfare.',
      ['30 drone @ country RU', '41 drone @ country UA', '9 drone @ country UA'],
    ],
  ]);
});

describe('the part before a colon tells the attack a count after it was stopped in', () => {
  ruleFamily('colonTarget', [
    [
      'Overnight the Tula region came under a heavy attack by Ukrainian drones: according to the ministry, 17 drones were shot down.',
      ['17 drone @ RU-TUL'],
    ],
    // a place after the colon is the count's own
    [
      'Overnight the Tula region came under a heavy attack by Ukrainian drones: 17 drones were shot down over the Oryol region.',
      ['17 drone @ RU-ORL'],
    ],
  ]);
});

describe('a total’s "in all" closes its apposition', () => {
  ruleFamily('inAllApposition', [
    ['Most of the drones, 38 in all, were destroyed over the Sea of Azov.', ['38 drone @ SEA-AZOV']],
    ['The bulk of the missiles, 21 in total, were intercepted over the Kyiv region.', ['21 missile @ UA-32']],
    // "in all" with no verb after its comma is no apposition of this kind
    ['Russia launched 50 drones, 12 in all, the ministry said.', []],
  ]);
});

describe('the whole war told as "the special operation" or "the conflict" is a tally', () => {
  ruleFamily('operationTally', [
    [
      'So far 171 Ukrainian helicopters have been destroyed over the whole of the special operation, the ministry said.',
      [],
    ],
    ['In all, 2,400 drones have been downed during the conflict, the spokesman said.', []],
    // the conflict's zone is a place, not a span of time
    ['Air defence shot down 12 drones in the conflict zone near Belgorod, the governor said.', ['12 drone @ RU-BEL']],
  ]);
});

describe('a plain "aircraft" right after a sentence about drones is those drones', () => {
  ruleFamily('aircraftAfterDrones', [
    [
      'The drones were eliminated between 21.00 and 23.30 by air defence systems on duty. Eight aircraft were intercepted over the Tula region.',
      ['8 drone @ RU-TUL'],
    ],
    // and a bare count after them counts those drones too
    [
      'The drones were eliminated between 21.00 and 23.30 by air defence systems on duty. Eight aircraft were intercepted over the Tula region. Three more – in the Kaluga region.',
      ['3 drone @ RU-KLU', '8 drone @ RU-TUL'],
    ],
    // an article that names a crewed type keeps its aircraft
    [
      'Ukraine said its drones struck an airfield overnight. Separately, the army said two aircraft were shot down over the Donetsk region, both Su-25 jets.',
      ['2 aircraft @ UA-14'],
    ],
  ]);
});

describe('one region named of an unnamed set of regions is a partial list', () => {
  ruleFamily('someRegionsAmong', [
    [
      'Russia says it shot down 41 Ukrainian drones sent overnight against several Russian regions, Crimea among them.',
      ['41 drone @ country RU'],
    ],
    // a list with no unnamed set keeps its places
    ['Russia says it shot down 41 Ukrainian drones overnight over the Kursk region.', ['41 drone @ RU-KRS']],
  ]);
});

describe('the land after a sea and "off" says where the sea is', () => {
  ruleFamily('seaOffPlace', [
    [
      "Russia's defence ministry said two Ukrainian drones were destroyed over the Black Sea off Crimea and in the Bryansk region.",
      ['2 drone @ RU-BRY+SEA-BLACK'],
    ],
    // "off" with no sea before it is no reference
    ['Three drones were shot down off Crimea overnight, the governor said.', ['3 drone @ UA-43']],
  ]);
});

describe('a course clause of up to fourteen words is read past to the count’s own passive', () => {
  ruleFamily('longCourse', [
    [
      'Three Ukrainian drones that tried to strike the south-western Bryansk and Kursk regions were brought down, the ministry said.',
      ['3 drone @ RU-BRY+RU-KRS'],
    ],
    // a short one, as before
    ['Three Ukrainian drones that tried to strike the Bryansk region were brought down.', ['3 drone @ RU-BRY']],
  ]);
});

describe('a place a relative clause says the one before holds', () => {
  ruleFamily('whichPlace', [
    [
      'Air defence shot down 19 drones over the Leningrad region, to which St Petersburg belongs.',
      ['19 drone @ RU-LEN'],
    ],
    // a place after "which" with a verb of downing is the count's own
    [
      'Air defence shot down 19 drones over the Leningrad region and 4 over St Petersburg.',
      ['19 drone @ RU-LEN', '4 drone @ RU-SPE'],
    ],
  ]);
});

describe('a compound of two heads of one weapon is that head', () => {
  ruleFamily('compoundHead', [
    [
      'Ukraine’s air force said it had brought down one fighter-bomber over the Kharkiv region.',
      ['1 aircraft @ UA-63'],
    ],
    // a compound with a word that is no head stays a modifier
    ['Russian air defence shot down 12 aircraft-type drones over the Kursk region.', ['12 drone @ RU-KRS']],
  ]);
});

describe('officials named by their place speak for it, not the official before', () => {
  ruleFamily('otherOfficials', [
    [
      'The mayor of Lviv said most of the city had lost power. Officials in Odesa in the south said air defences shot down 14 missiles.',
      ['14 missile @ UA-51'],
    ],
    // a wider place in the count's own words still makes it the country's
    [
      'The mayor of Lviv said most of the city had lost power. Officials in Kyiv said air defences shot down 30 drones across the country.',
      ['30 drone @ country UA'],
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
    expect(eventDateOf('Between late Tuesday and early Wednesday, 40 drones were destroyed.', noon)).toBe('2025-06-18');
    expect(eventDateOf('From Tuesday night through Wednesday morning 40 drones were downed.', noon)).toBe('2025-06-18');
    // a span from one evening to the next is a day, not one night
    expect(eventDateOf('Between Tuesday evening and Wednesday evening, 60 drones were downed.', noon)).toBe(
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
    expect(eventDateOf('Air defence shot down 12 drones last night.', '2025-06-18T21:30:00Z')).toBe('2025-06-17');
    // "yesterday" in the sentence says the day
    expect(eventDateOf('Last night was quiet; 12 drones had been downed yesterday.', noon)).toBe('2025-06-17');
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
    expect(eventDateOf('Power was cut on 1/3 of the city after 12 drones were shot down.', noon)).toBeNull();
    // a night told by its two days is no one date
    expect(eventDateOf('Overnight on 8/9, 20 drones were shot down.', noon)).toBe('2025-06-18');
    expect(
      withRulesOff(['slashDate'], () => eventDateOf('The ministry said on 16/6 that 20 drones were shot down.', noon)),
    ).toBeNull();
  });
});

describe('the second review’s narrowings of the round', () => {
  identityRows([
    // sinceThen: a comparison and an hour open no span
    [
      'Russia launched its largest attack on Kyiv since the start of the full-scale war at about 23:00 on Tuesday. Since then air defence has shot down 45 drones over the Kyiv region.',
      ['45 drone @ UA-32'],
    ],
    // allOfThe: a part the clause after the head picks out, and a gerund not done
    [
      'Russia launched 40 drones overnight. Mobile fire groups ended up downing all the drones that crossed into the Chernihiv region.',
      [],
    ],
    [
      'Russia launched 40 drones at Kyiv. Instead of intercepting all of the drones, crews concentrated on the missiles.',
      [],
    ],
    // vagueSetFirst: a partitive of the numbered set is that set
    [
      'Russia launched 40 drones at Ukraine overnight. Many of the drones flew very low, but all were shot down, the air force said.',
      ['40 drone @ country UA'],
    ],
    // previousSentenceSide: a new speaker with a new count keeps the article's side
    [
      "Russia launched 70 drones at Ukraine overnight. Russia's defence ministry, meanwhile, said it destroyed 25 Ukrainian drones over its territory. The air force said 52 drones were shot down.",
      ['25 drone @ country RU', '52 drone @ country UA'],
    ],
    // ownerOrigin: the owner of a target is not the threats'
    [
      'Air defence shot down 30 drones aimed at Russia’s strategic bomber aircraft overnight.',
      ['30 drone @ country RU'],
    ],
    // colonTarget: another country named, or the target's own threats
    [
      'Ukrainian drones attacked the Bryansk region overnight; Ukraine was also hit: the air force said 45 Russian drones were shot down.',
      ['45 drone @ country UA'],
    ],
    // inAllApposition: a verb of a part
    ['The Shahed drones, 50 in all, were largely shot down over the Kyiv region.', []],
    // operationTally: a superlative's span is no tally
    [
      'Ukraine’s air force said it shot down 718 drones in the biggest aerial attack during the conflict so far.',
      ['718 drone @ country UA'],
    ],
    // someRegionsAmong: a set elsewhere in the sentence
    [
      'Four drones were shot down over the Kursk region and 30 over several other regions, Bryansk and Oryol among them.',
      ['30 drone @ country RU', '4 drone @ RU-KRS'],
    ],
    // aircraftAfterDrones: drones only launched before
    [
      'Russia launched 90 drones at Ukraine overnight, the air force said. Ukrainian troops in the east said two aircraft were shot down over the Donetsk region.',
      ['2 aircraft @ UA-14'],
    ],
  ]);
});
