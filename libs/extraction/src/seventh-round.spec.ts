/**
 * The seventh round's structures (README, "Seventh round"): each family with invented sentences
 * (no corpus sentence), written to fail with the rule removed.
 */
import { extractClaims } from './index';

type Row = string;
/** "14 drone @ UA-30" or "74 drone @ country UA", sorted: the identities the text gives. */
function identities(body: string): Row[] {
  return extractClaims({ articleId: 't', body, publishedAt: '2025-03-10T08:00:00Z' })
    .map((c) => `${c.count} ${c.weapon} @ ${c.scope === 'region' ? c.regions.join('+') : `country ${c.country}`}`)
    .sort();
}

describe('a generic "the capital" is the capital of the country the article speaks of', () => {
  it.each([
    ['Sirens sounded across Kyiv before dawn. Air defences destroyed 9 drones over the capital.', ['9 drone @ UA-30']],
    [
      'Air defence was active in Kyiv overnight. All 12 drones were downed on approach to the capital, the city administration said.',
      ['12 drone @ UA-30'],
    ],
    [
      'Flights at Vnukovo were halted. Sobyanin said 4 drones flying at the capital were shot down.',
      ['4 drone @ RU-MOW'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a count that is the subject of two coordinated verbs takes the passive interception of the second', () => {
  it.each([
    [
      'A Russian drone strayed into Polish airspace and was shot down, the operational command said.',
      ['1 drone @ country PL'],
    ],
    ['Three cruise missiles approached Lviv but were intercepted by air defences.', ['3 missile @ UA-46']],
    ['Six drones attacked the Kursk region before dawn and were destroyed, the governor said.', ['6 drone @ RU-KRS']],
    ['Two drones flew towards Moscow and were later downed, Sobyanin said.', ['2 drone @ RU-MOW']],
    [
      'A Geran drone crossed into Polish airspace at about 4:15 and was intercepted by fighter jets 15 minutes later.',
      ['1 drone @ country PL'],
    ],
    // not: a new subject or a count after "and", or an outcome that is no interception
    ['Eight drones attacked the Kursk region and two were shot down.', ['2 drone @ RU-KRS']],
    ['A drone crossed into Polish airspace and was found in a field.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a list of places may put a compass word after each article', () => {
  it.each([
    [
      'Air defences downed 18 drones over the northern Sumy region, the central Poltava region and the western Lviv region.',
      ['18 drone @ UA-46+UA-53+UA-59'],
    ],
    [
      'Russian air defences destroyed 26 drones over the southern Rostov region, the south-western Belgorod and Kursk regions.',
      ['26 drone @ RU-BEL+RU-KRS+RU-ROS'],
    ],
    // an apposition that names no other place still closes the clause
    ['Nine drones were shot down over Kharkiv, the eastern city that was hit by missiles.', ['9 drone @ UA-63']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a part taken from a count by "of them" is not coordinated with it', () => {
  it.each([
    [
      'About 50 drones flew in from Russia overnight and 44 of them were shot down, the air force said.',
      ['44 drone @ country UA'],
    ],
    [
      '12 missiles came in from the north and 10 of these were intercepted over the Kyiv region.',
      ['10 missile @ UA-32'],
    ],
    // a part of another set is still a coordinated count
    [
      'Air defence downed seven attack drones and three of the four missiles fired at Ukraine overnight.',
      ['3 missile @ country UA', '7 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe("a national leader's or spokesperson's surname tells the claim's country when nothing else does", () => {
  it.each([
    [
      '"We brought down 31 air targets: 6 missiles and 25 drones," Ihnat said.',
      ['25 drone @ country UA', '31 unknown @ country UA', '6 missile @ country UA'],
    ],
    ['Zelensky said air defences had destroyed 17 drones overnight.', ['17 drone @ country UA']],
    ['Konashenkov said 8 drones were downed during the night.', ['8 drone @ country RU']],
    // an unknown name before "said" is still no claimant, and no country
    ['Petrenko said 8 drones were downed during the night.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe("a maker's arms tell the defender as a type does: Western-made ones are Ukraine's, Iranian-made Russia's", () => {
  it.each([
    ['Over the past day, air defence means shot down 4 French-made Hammer guided bombs.', ['4 bomb @ country RU']],
    ['Air defence downed 9 Iranian-designed attack drones during the night.', ['9 drone @ country UA']],
    // a maker glued to another participle is no origin
    ['Air defence downed 9 home-made drones during the night.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a restatement that places a count may open with its attribution', () => {
  it.each([
    [
      'The defence ministry in Moscow said 21 Ukrainian drones had been destroyed. According to the ministry, the drones were shot down over the Tula, Oryol and Lipetsk regions.',
      ['21 drone @ RU-LIP+RU-ORL+RU-TUL'],
    ],
    [
      "Ukraine's air force said it downed 14 drones overnight. It said the drones were intercepted over the Poltava and Sumy regions.",
      ['14 drone @ UA-53+UA-59'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a list of places, each with its count in brackets, stays one list', () => {
  it.each([
    [
      'Air defence systems shot down drones over the Tver region (4), the Pskov region (3) and the Novgorod region (2).',
      ['2 drone @ RU-NGR', '3 drone @ RU-PSK', '4 drone @ RU-TVE'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('an origin may be a shore, coast, side or territory of a place', () => {
  it.each([
    [
      'Russia attacked with 22 Shahed drones launched from the western shore of the Sea of Azov: 17 of them were shot down, the air force said.',
      ['17 drone @ country UA'],
    ],
    [
      'Air defence shot down 6 drones flying from the occupied territory of the Zaporizhzhia region, Kyiv said.',
      ['6 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"a day after it launched …" is another event: its places do not place the count', () => {
  it.each([
    [
      'Russia says its air defences shot down 31 drones two days after it launched a heavy attack on Kyiv.',
      ['31 drone @ country RU'],
    ],
    // a time of the interception itself still lets the place after it through
    ['Air defences shot down 12 drones shortly after midnight over the Poltava region.', ['12 drone @ UA-53']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe("a threat noun in brackets right after a number is that number's noun", () => {
  it.each([
    ['The governor said 20 of the 25 (UAVs) were shot down over the Kursk region.', ['20 drone @ RU-KRS']],
    ["Ukraine's air force said 33 of the 40 (missiles) were intercepted.", ['33 missile @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a model number written after a space is part of the name, not a count', () => {
  it.each([
    ["Ukraine's air force shot down 19 Shahed 136 drones overnight.", ['19 drone @ country UA']],
    ['Air defence shot down 4 Kh 101 cruise missiles over the Lviv region.', ['4 missile @ UA-46']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"N of the regions" counts places, not threats', () => {
  it.each([
    [
      'Air defences destroyed 22 Ukrainian UAVs above four of Russia’s regions, the ministry said.',
      ['22 drone @ country RU'],
    ],
    ['Russian air defence downed 9 drones over two of the border regions overnight.', ['9 drone @ country RU']],
    // a partitive of threats is still a count
    ['Russian air defence downed 9 of the Ukrainian drones over the Kursk region.', ['9 drone @ RU-KRS']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a part of a set whose reduced relative is the interception takes the verb after it', () => {
  it.each([
    ['One of the drones shot down fell on a garage in the Tula region, the governor said.', []],
    ['Two of the missiles intercepted damaged a power line near Lviv.', []],
    // the part's own interception verb
    ['Two of the missiles were intercepted over the Lviv region.', ['2 missile @ UA-46']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"knocked out" reports an interception, unless what it knocked out stood on the ground', () => {
  it.each([
    [
      'Moscow said its air defences had knocked out 17 drones overnight - 12 over Crimea and five over the Kursk region.',
      ['12 drone @ UA-43', '17 drone @ country RU', '5 drone @ RU-KRS'],
    ],
    ["Ukraine's air force knocked out 2 Russian Su-34 jets over the Donetsk region.", ['2 aircraft @ UA-14']],
    ["Ukrainian drones knocked out 3 Su-34 jets at the Morozovsk airbase, Ukraine's general staff said.", []],
    ['Russian strikes knocked out power to 40,000 homes in the Odesa region.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a capital before "government", "authorities", "regime" names a government, not a place', () => {
  it.each([
    [
      'Ukrainian defences also shot down two of the five missiles Russia fired at territory held by the Kyiv government.',
      ['2 missile @ country UA'],
    ],
    [
      'Russian air defence destroyed 7 drones launched by the Kyiv authorities, the ministry said.',
      ['7 drone @ country RU'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a town followed by "in the <region>" is in that region', () => {
  it.each([
    ['Two drones were destroyed near Novotroitske in the Donetsk region, the army said.', ['2 drone @ UA-14']],
    ['Air defence shot down 5 drones near Podolsk in the Moscow region.', ['5 drone @ RU-MOS']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"a further N" / "an additional N" counts N', () => {
  it.each([
    [
      'Air defences then destroyed a further four UAVs each over the Tula and Oryol regions.',
      ['4 drone @ RU-ORL', '4 drone @ RU-TUL'],
    ],
    ['Ukraine said an additional 12 drones were shot down over the Sumy region.', ['12 drone @ UA-59']],
    ['Air defence shot down a further drone over the Sumy region.', ['1 drone @ UA-59']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a count coordinated with "other types of <threat>" keeps its passive verb', () => {
  it.each([
    [
      'By 09:00, 27 Shahed attack drones and other types of unmanned aerial vehicles had been shot down over the Poltava and Kyiv regions.',
      ['27 drone @ UA-32+UA-53'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('an aircraft hit at an airbase or on the ground is no interception, whatever the verb', () => {
  it.each([
    ['A Ukrainian drone took out a Russian Su-34 parked at the Morozovsk airbase, the general staff said.', []],
    ['A Russian drone brought down a Ukrainian Mi-8 helicopter on the ground near Kharkiv, Moscow said.', []],
    // on a strike mission it was in the air
    ['Ukrainian air defence shot down a Russian Su-34 during a strike on the Kharkiv region.', ['1 aircraft @ UA-63']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"liquidated", "obliterated", "annihilated" report an interception as "destroyed" does, with its ground vetoes', () => {
  it.each([
    ['Nine Ukrainian UAVs were liquidated over the Kursk region, the governor said.', ['9 drone @ RU-KRS']],
    ["Ukraine's air defences obliterated 31 of 40 Russian drones over the Odesa region.", ['31 drone @ UA-51']],
    ['A Ukrainian strike obliterated 2 Su-34 jets at the Morozovsk airbase.', []],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a verbless breakdown line may name each place with "in the" before its count', () => {
  it.each([
    [
      'Air defence destroyed 19 drones. In the Chernihiv region - 9, in the Sumy region - 6, in the Kyiv region - 4.',
      ['19 drone @ country UA', '4 drone @ UA-32', '6 drone @ UA-59', '9 drone @ UA-74'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a list of places after a direction word is all direction', () => {
  it.each([
    [
      'Air defences intercepted 14 missiles heading for Kyiv and Lviv, the air force said.',
      ['14 missile @ UA-30+UA-46'],
    ],
    // a place where they were stopped still wins over the direction list
    [
      'Air defences shot down 9 drones over the Poltava region flying towards Kyiv and Cherkasy, the air force said.',
      ['9 drone @ UA-53'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"N drones of the M launched" and "half of the M" take a part of a set: M is no count downed', () => {
  it.each([
    ["Ukraine's air defences downed 64 drones of the 79 launched by Russia overnight.", ['64 drone @ country UA']],
    ["Ukraine's air defences shot down about half of the 60 drones launched overnight.", []],
    // "all of the M" is all of them
    ["Ukraine's air defences shot down all of the 12 missiles launched overnight.", ['12 missile @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a definite singular restatement places a lone unplaced threat', () => {
  it.each([
    [
      "Ukraine's defenders have shot down a Russian guided bomb. The bomb was brought down on the outskirts of Kharkiv, the air force said.",
      ['1 bomb @ UA-63'],
    ],
    // a singular does not restate a count of several
    [
      "Ukraine's air defences shot down 3 guided bombs. The bomb was a new glide type, and another bomb was downed near Kharkiv.",
      ['1 bomb @ UA-63', '3 bomb @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('balloons are aerial threats, and "were picked up and brought down" shares its auxiliary', () => {
  it.each([
    [
      'Four reconnaissance balloons launched by Russia were tracked and shot down over the Kyiv region, the air force said.',
      ['4 unknown @ UA-32'],
    ],
    ['Nine drones were picked up by radar and brought down over the Sumy region.', ['9 drone @ UA-59']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a contrasting clause (", while …") keeps its own verb and its own places', () => {
  it.each([
    [
      "Ukraine's air force said 47 drones had been destroyed, while six others hit their targets in the Odesa region.",
      ['47 drone @ country UA'],
    ],
    ['Air defences destroyed 12 drones over the Bryansk region, while 5 more hit an oil depot.', ['12 drone @ RU-BRY']],
    // an elided verb after "while" still takes the one before
    [
      'Air defences shot down 20 drones over the Kyiv region, while another 10 over the Odesa region.',
      ['10 drone @ UA-51', '20 drone @ UA-32'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('the noun phrase: missile designators alone, model letters after a hyphen, coordinated modifiers', () => {
  it.each([
    ["Ukraine's air force said it shot down 3 Kh-59s over the Mykolaiv region.", ['3 missile @ UA-48']],
    ["Ukraine's air force said an Iskander-M had been downed near Kyiv.", ['1 missile @ UA-30']],
    ["Ukraine's air force said it destroyed 11 cruise and ballistic missiles.", ['11 missile @ country UA']],
    ["Ukraine's air force said it destroyed 16 attack and reconnaissance drones.", ['16 drone @ country UA']],
    // two counts stay two
    [
      "Ukraine's air force said it destroyed 11 cruise and 3 ballistic missiles.",
      ['11 missile @ country UA', '3 missile @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('Vilkha (the Ukrainian spelling of Olkha) is an MLRS: its projectiles are rockets fired by Ukraine', () => {
  it.each([
    ['Air defence systems destroyed 4 Vilkha missiles over the Kursk region.', ['4 rocket @ RU-KRS']],
    ['Air defence systems destroyed 4 Vilkha projectiles overnight.', ['4 rocket @ country RU']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('", mainly / largely / primarily over X" names where most were, not the whole count', () => {
  it.each([
    ["Ukraine's air force said 33 drones were downed, mainly over the Kyiv region.", ['33 drone @ country UA']],
    [
      "Ukraine's air force shot down 12 drones in the east, largely over the Kharkiv region.",
      ['12 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a partial list of places ("and other regions", "and elsewhere", "in particular", "such as") is country scope', () => {
  it.each([
    ["Ukraine's air force said 28 drones were downed in the Kyiv, Sumy and other regions.", ['28 drone @ country UA']],
    [
      "Ukraine's air force said 28 drones were downed over the Poltava region and elsewhere.",
      ['28 drone @ country UA'],
    ],
    ["Ukraine's air force said 28 drones were downed, in particular over the Kyiv region.", ['28 drone @ country UA']],
    ["Ukraine's air force said 28 drones were downed in regions such as Sumy and Poltava.", ['28 drone @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('a bare number right before an active verb is its subject, not the object of the verb before it', () => {
  it.each([
    [
      "Ukraine's air force said 40 out of the 52 drones were shot down, and 12 hit their targets.",
      ['40 drone @ country UA'],
    ],
    // an elided interception verb still carries
    [
      "Ukraine's air force said 40 drones were shot down over Sumy, and 12 over Poltava.",
      ['12 drone @ UA-53', '40 drone @ UA-59'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"N drones out of M were shot down": the verb is reached past the set', () => {
  it.each([
    ['A total of 35 drones out of 48 were shot down, the Ukrainian air force said.', ['35 drone @ country UA']],
    ['Nine missiles of 11 were intercepted over the Kyiv region.', ['9 missile @ UA-32']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"58, or 92%, of the 63 drones": a share between commas before the set', () => {
  it.each([
    [
      "Ukraine's air force said it shot down 44, or about 90%, of the 49 drones launched overnight.",
      ['44 drone @ country UA'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"a pair of" and "a couple of" count two', () => {
  it.each([
    ["Ukraine's air defences shot down a pair of Kh-59 missiles over the Mykolaiv region.", ['2 missile @ UA-48']],
    ['Russian air defences destroyed a couple of drones over the Tver region.', ['2 drone @ RU-TVE']],
    // not a count of threats
    ['A couple of hours later, air defences shot down 5 drones over the Tver region.', ['5 drone @ RU-TVE']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});

describe('"twelve (12) UAVs": digits in brackets that repeat a number written in words', () => {
  it.each([
    [
      'The ministry in Moscow said that nine (9) Ukrainian UAVs were destroyed over the Kursk region.',
      ['9 drone @ RU-KRS'],
    ],
    // a bracketed count after a place is still a count
    [
      'Drones were shot down in Volgograd Oblast (5) and Bryansk Oblast (2), the ministry said.',
      ['2 drone @ RU-BRY', '5 drone @ RU-VGG'],
    ],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});
