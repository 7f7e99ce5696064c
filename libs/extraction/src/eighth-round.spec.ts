/**
 * The eighth round's structures (README, "Eighth round"): each family with invented sentences
 * (no corpus sentence), written to fail with the rule removed.
 */
import { identities } from '../test/identities';

describe('a fraction or a percentage of a set counts no threat, and the set is no claim', () => {
  it.each([
    ["Ukraine's air force said 80% of the 50 drones were downed overnight.", []],
    ["Ukraine's air force said about 80 per cent of the 50 drones were downed overnight.", []],
    ["Ukraine's air force said two-thirds of the 90 drones were downed.", []],
    ["Ukraine's air force said around a third of the 90 drones were downed.", []],
    ["Ukraine's air force said 90 percent of 60 drones were shot down.", []],
    // an ordinal after "a" that is no fraction is still one more
    [
      'Russia launched three missiles. Two were shot down, and a third was intercepted over the Kyiv region, the air force said.',
      ['1 missile @ UA-32', '2 missile @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"30-odd drones" is a round count written as approximate', () => {
  it.each([
    ["Ukraine's air force said 30-odd drones were downed.", ['about 30 drone @ country UA']],
    ["Ukraine's air force said forty-odd drones were downed over the Kyiv region.", ['about 40 drone @ UA-32']],
    // "not fewer than" as "no fewer than"
    ["Ukraine's air force said not fewer than 7 missiles were downed.", ['at_least 7 missile @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a set sent at one place places its part also when the speaker names the target country', () => {
  it.each([
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed.",
      ['12 drone @ UA-51'],
    ],
    [
      "Ukraine launched 20 drones at the Belgorod region. Russia's defence ministry said 18 were shot down.",
      ['18 drone @ RU-BEL'],
    ],
    // "targeted X with N" is a launch towards X
    [
      'Ukraine targeted the Bryansk region with 20 drones overnight. All were destroyed, the governor said.',
      ['20 drone @ RU-BRY'],
    ],
    // not: a place or a country named as where they were stopped
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed over Ukraine.",
      ['12 drone @ country UA'],
    ],
    [
      "Russia attacked the Odesa region with 15 drones. Ukraine's air force said 12 were destroyed over the Mykolaiv region.",
      ['12 drone @ UA-48'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('", all of which were shot down" after a launched set, past its place and time', () => {
  it.each([
    [
      "Russia launched 20 drones at Ukraine overnight, all of which were shot down, Ukraine's air force said.",
      ['20 drone @ country UA'],
    ],
    ['Russia launched 40 drones overnight, all of which were shot down.', ['40 drone @ country UA']],
    [
      'The Russian army fired 12 missiles at Kyiv overnight, all of which were destroyed, the city administration said.',
      ['12 missile @ UA-30'],
    ],
    // not: a relative clause that reports no interception
    ['Russia fired 12 missiles at Kyiv, all of which hit their targets.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"N of Russia\'s missiles": a set named with its owner keeps its weapon', () => {
  it.each([
    [
      "Ukrainian forces downed 41 of Russia's missiles on Monday morning, Ukraine's defence ministry said.",
      ['41 missile @ country UA'],
    ],
    [
      "Air defences shot down 30 of Russia's 35 drones over the Kyiv region, Ukraine's air force said.",
      ['30 drone @ UA-32'],
    ],
    [
      "Russian air defences destroyed 12 of the enemy's drones over the Kursk region, the ministry said.",
      ['12 drone @ RU-KRS'],
    ],
    ["Ukraine's air force said it shot down 20 of Moscow's cruise missiles.", ['20 missile @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a place struck or harmed is a clause of its own, not where the threats were stopped', () => {
  it.each([
    // the headline's ", Odesa region hit"
    ['Ukraine says it downed 34 out of 38 Russian drones, Odesa region hit', ['34 drone @ country UA']],
    ['Ukraine says it shot down 30 drones, Kharkiv struck', ['30 drone @ country UA']],
    ['Ukraine says it downed 16 missiles over Kyiv, Lviv hit', ['16 missile @ UA-30']],
    // a relative clause of the attack's harm
    [
      "Ukraine's air defences brought down 34 of the 38 drones launched in a night attack that damaged a power station in the Odesa region, the military said.",
      ['34 drone @ country UA'],
    ],
    [
      "Ukraine's air force said it downed 20 of 25 drones in an attack which injured two people in Kharkiv.",
      ['20 drone @ country UA'],
    ],
    // a list of places stays one list
    [
      'Air defences shot down 12 drones over the Kursk region, Belgorod region and Bryansk region, the Russian ministry said.',
      ['12 drone @ RU-BEL+RU-BRY+RU-KRS'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"the Kyiv regional military administration" speaks for the oblast, not the city', () => {
  it.each([
    [
      'The head of the Kyiv regional military administration, Mykola Kalashnyk, reported that a missile had been shot down in the sky over the region.',
      ['1 missile @ UA-32'],
    ],
    ['The Kyiv regional military administration said five drones were shot down.', ['5 drone @ UA-32']],
    [
      'The head of the Kyiv city military administration, Serhii Popko, said five drones were shot down.',
      ['5 drone @ UA-30'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"hit" by or with air defence is a downing (translated MoD copy); any other "hit" is a strike', () => {
  it.each([
    [
      "Russia's Defence Ministry said it had hit a Ukrainian F-16 fighter jet with air defence systems.",
      ['1 aircraft @ country RU'],
    ],
    [
      "Russia's defence ministry said 6 JDAM guided bombs and 120 drones were hit by air defence systems over the past day.",
      ['120 drone @ country RU', '6 bomb @ country RU'],
    ],
    ["Russia's defence ministry said 40 drones were hit by air defence over the Kursk region.", ['40 drone @ RU-KRS']],
    [
      "Ukraine's air force said five missiles were hit by anti-aircraft missile units over the Kyiv region.",
      ['5 missile @ UA-32'],
    ],
    // not: a strike
    ["Ukraine's air force said 12 drones hit the Kharkiv region overnight.", []],
    ["Ukraine's air force said 3 missiles hit targets in Kyiv despite air defences.", []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a war-loss tally told on in the next sentence ("also lost …") is still a tally', () => {
  it.each([
    [
      'The General Staff said Russia had lost 198 aircraft, 1,187 tanks, 2,850 armoured vehicles and 528 artillery systems. Russian forces also lost 2,005 vehicles and 395 drones, it said, adding that 92 cruise missiles had been hit and destroyed by Ukrainian air defence units.',
      [],
    ],
    [
      'The General Staff said Russia had lost 198 aircraft, 1,187 tanks, 2,850 armoured vehicles and 528 artillery systems. Russian forces also lost 2,005 vehicles, and 92 cruise missiles were shot down.',
      [],
    ],
    // not: a claim after a tally that does not go on
    [
      "The General Staff said Russia had lost 198 aircraft, 1,187 tanks, 2,850 armoured vehicles and 528 artillery systems. Overnight, Ukraine's air force shot down 14 drones.",
      ['14 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a part of the count before it, told with its course ("2 of them were flying towards Moscow"), is downed with it', () => {
  it.each([
    [
      'According to the ministry, 9 drones were intercepted over the Smolensk region, 4 over the Moscow region (2 of them were flying towards Moscow), and 1 over the Tver region.',
      ['1 drone @ RU-TVE', '2 drone @ RU-MOW', '4 drone @ RU-MOS', '9 drone @ RU-SMO'],
    ],
    [
      'The ministry said 7 drones were intercepted over the Bryansk region, 4 each over the Oryol region and the Moscow region (2 of the aircraft were flying towards Moscow), and 1 each over the Kaluga and Tver regions.',
      [
        '1 drone @ RU-KLU',
        '1 drone @ RU-TVE',
        '2 drone @ RU-MOW',
        '4 drone @ RU-MOS',
        '4 drone @ RU-ORL',
        '7 drone @ RU-BRY',
      ],
    ],
    // not: a course that is no direction, or a count that is no part
    [
      "Russia's defence ministry said 9 drones were destroyed over the Moscow region, and 3 of the drones were flying at low altitude.",
      ['9 drone @ RU-MOS'],
    ],
    ['Two drones were flying towards Moscow, Sobyanin said.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('restatements that place a count: after a semicolon, after "various regions of Russia", with a nominal subject', () => {
  it.each([
    [
      "Russia's defence ministry said 58 drones were destroyed overnight; they were brought down over the Voronezh, Belgorod and Bryansk regions.",
      ['58 drone @ RU-BEL+RU-BRY+RU-VOR'],
    ],
    [
      "Russia's defence ministry said 58 drones were destroyed overnight; they were brought down over the Voronezh and Belgorod regions, the Black Sea and annexed Crimea.",
      ['58 drone @ RU-BEL+RU-VOR+SEA-BLACK+UA-43'],
    ],
    [
      "Russia's defence ministry said 36 drones had been destroyed over various regions of Russia. The ministry added that the drones were intercepted over the Lipetsk, Rostov and Volgograd regions.",
      ['36 drone @ RU-LIP+RU-ROS+RU-VGG'],
    ],
    [
      "Ukraine's air force said 11 drones were downed. The interceptions took place over the Mykolaiv and Odesa regions.",
      ['11 drone @ UA-48+UA-51'],
    ],
    [
      "Ukraine's air force said 21 drones were downed. The shootdowns occurred over the Sumy and Chernihiv regions.",
      ['21 drone @ UA-59+UA-74'],
    ],
    // not: only some of the places, or the other side's land alone
    [
      "Russia's defence ministry said 36 drones had been destroyed over several regions. The drones were shot down over the Lipetsk and Rostov regions, among others.",
      ['36 drone @ country RU'],
    ],
    [
      "Russia's defence ministry said 80 drones were destroyed overnight. The drones were downed over a number of regions, Crimea, Kursk and Belgorod among them.",
      ['80 drone @ country RU'],
    ],
    [
      "Russia's defence ministry said 20 drones were destroyed overnight. They were brought down over the Kharkiv region and Crimea.",
      ['20 drone @ country RU'],
    ],
    [
      "Ukraine's air force said 21 drones were downed. Air defence worked over the Sumy and Chernihiv regions.",
      ['21 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a detection verb coordinated with the outcome across its own adverbs and place reports the outcome', () => {
  it.each([
    [
      "Russia's defence ministry said one more drone was spotted in time and destroyed in the sky over the Smolensk region.",
      ['1 drone @ RU-SMO'],
    ],
    [
      "Russia's defence ministry said 5 drones were detected early and destroyed over the Kursk region.",
      ['5 drone @ RU-KRS'],
    ],
    // not: a detection only
    ["Russia's defence ministry said 5 drones were detected early over the Kursk region.", []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"as they approached Moscow" is a direction: the place named beside it is where they were stopped', () => {
  it.each([
    [
      'Sobyanin said two drones were intercepted as they approached Moscow, over the Istra district.',
      ['2 drone @ RU-MOS'],
    ],
    ['Sobyanin said two drones headed for Moscow were intercepted over the Ramensky district.', ['2 drone @ RU-MOS']],
    // alone, the direction places them (claims.md, edge case 11)
    ['Sobyanin said two drones were intercepted as they approached Moscow.', ['2 drone @ RU-MOW']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"23 UAVs, 14 of them flying towards Moscow, were shot down": a part with its course between commas', () => {
  it.each([
    [
      'The ministry said 23 UAVs, 14 of them flying towards Moscow, were shot down in the Moscow region, 41 in the Astrakhan region and 19 in the Bryansk region.',
      ['14 drone @ RU-MOW', '19 drone @ RU-BRY', '23 drone @ RU-MOS', '41 drone @ RU-AST'],
    ],
    [
      'The ministry said 12 drones, including 5 flying towards Moscow, were shot down over the Moscow region.',
      ['12 drone @ RU-MOS', '5 drone @ RU-MOW'],
    ],
    [
      'The ministry said 12 drones, 5 of which were flying towards Moscow, were shot down over the Moscow region.',
      ['12 drone @ RU-MOS', '5 drone @ RU-MOW'],
    ],
    [
      'According to the ministry, 9 drones were intercepted over the Smolensk region, 4 over the Moscow region (including 2 flying towards Moscow) and 1 over the Tver region.',
      ['1 drone @ RU-TVE', '2 drone @ RU-MOW', '4 drone @ RU-MOS', '9 drone @ RU-SMO'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('an aircraft designator naming a drone type ("Tu-141 Strizh reconnaissance drone") is a drone', () => {
  it.each([
    ["Russia's defence ministry said a Tu-141 Strizh reconnaissance drone was shot down.", ['1 drone @ country RU']],
    ["Russia's defence ministry said air defences shot down 7 Tu-143 Reys drones.", ['7 drone @ country RU']],
    // not: an aircraft with a drone named after it
    ["Ukraine's air force said it shot down a Su-25 attack aircraft.", ['1 aircraft @ country UA']],
    [
      "Ukraine's air force said it shot down a Su-34 and three drones.",
      ['1 aircraft @ country UA', '3 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"of 70 attack UAVs 58 are neutralised": a set opened with "of" and no article, as translated summaries write it', () => {
  it.each([
    ["According to Ukraine's air force, of 70 attack UAVs 58 are neutralised.", ['58 drone @ country UA']],
    ["Of 40 drones 35 were shot down, Ukraine's air force said.", ['35 drone @ country UA']],
    // not: a set with no part taken from it
    ["Ukraine's air force said most of 40 drones were shot down.", []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('translated MoD copy: "21 - over the Bryansk region" breakdowns, "the ministry of defence of Russia" is no place', () => {
  it.each([
    [
      "Russia's defence ministry said air defences destroyed 43 drones: 21 - over the Bryansk region, 12 - over the Kursk region, 10 - over the Belgorod region.",
      ['10 drone @ RU-BEL', '12 drone @ RU-KRS', '21 drone @ RU-BRY', '43 drone @ country RU'],
    ],
    [
      'Over the territory of the Bryansk region were destroyed 14 Ukrainian drones, reports the ministry of defence of Russia.',
      ['14 drone @ RU-BRY'],
    ],
    [
      'By the forces of air defence over the territory of the Bryansk region were intercepted and destroyed 14 Ukrainian unmanned aerial vehicles, reports the ministry of defence of Russia.',
      ['14 drone @ RU-BRY'],
    ],
    // a hyphen glued to a number is no dash
    ["The 21-year-old pilot shot down 3 drones over the Kyiv region, Ukraine's air force said.", ['3 drone @ UA-32']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a headline count placed at some of the places its restatement gives is that claim (rule headlineSubset)', () => {
  it.each([
    [
      "Attack attempt on Crimea; 17 UAVs downed\nRussia's defence ministry said air defence forces destroyed 17 Ukrainian drones over the Black Sea and Crimea.",
      ['17 drone @ SEA-BLACK+UA-43'],
    ],
    [
      'Kursk: 9 drones downed\nThe governor said air defences downed 9 drones over the Kursk and Belgorod regions overnight.',
      ['9 drone @ RU-BEL+RU-KRS'],
    ],
    // not: another count, or places beyond the restatement's
    [
      "Attack attempt on Crimea; 12 UAVs downed\nRussia's defence ministry said air defence forces destroyed 17 Ukrainian drones over the Black Sea and Crimea.",
      ['12 drone @ UA-43', '17 drone @ SEA-BLACK+UA-43'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"all but three of the 40 drones": the set named after the exception, less it', () => {
  it.each([
    ["Ukraine's air force said all but three of the 40 drones were shot down.", ['37 drone @ country UA']],
    [
      "Ukraine's air force said all but two of 12 missiles were intercepted over the Kyiv region.",
      ['10 missile @ UA-32'],
    ],
    // as before: the set named in an earlier sentence
    ["Russia launched 40 drones. All but three were shot down, Ukraine's air force said.", ['37 drone @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});
