/**
 * The fifteenth round's structures (README, "Fifteenth round"): each family with invented sentences (no corpus
 * sentence), and a row where the mechanism could reach too far.
 */
import { identityRows } from '../test/identities';

describe('"X-101", "X-59s": a Kh missile type written with an X (the Cyrillic letter carried over) is a missile', () => {
  identityRows([
    [
      'The air force said its crews intercepted 14 X-101 and X-555 cruise missiles over the Poltava region.',
      ['14 missile @ UA-53'],
    ],
    ['Air defence shot down three X-59s over the Odesa region on Monday, the command said.', ['3 missile @ UA-51']],
    ['Ukrainian air defence brought down two X-22 missiles over Kyiv overnight.', ['2 missile @ UA-30']],
    // an X with no glued number stays a word (the platform, not a missile)
    [
      'Ukrainian air defence shot down 4 drones over the Kharkiv region, the air force wrote on X.',
      ['4 drone @ UA-63'],
    ],
    ['Air defence shot down 5 X drones over the Sumy region.', ['5 drone @ UA-59']],
  ]);
});

describe('"shot down five rocket launchers of the HIMARS system": a launcher downed in the air is a translation\'s name for its rockets', () => {
  identityRows([
    [
      'Russian air defence has shot down seven rocket launchers of the HIMARS system over the past day, the Russian defence ministry said.',
      ['7 rocket @ country RU'],
    ],
    [
      'The Russian defence ministry said air defence intercepted a Tochka-U missile and 11 multiple rocket launchers over the Kherson region.',
      ['1 missile @ UA-65', '11 rocket @ UA-65'],
    ],
    [
      'Four Vampire rocket launchers were downed over the Belgorod region, the Russian defence ministry said.',
      ['4 rocket @ RU-BEL'],
    ],
    // launchers destroyed (on the ground) stay no count
    ['Russian forces destroyed three HIMARS rocket launchers in the Kherson region, the Russian ministry said.', []],
    [
      'Russian air defence shot down nine drones, and artillery hit two rocket launchers in the Kherson region.',
      ['9 drone @ country RU'],
    ],
  ]);
});

describe('"The region\'s governor said …", "the mayor of that city said …": a title naming its place by reference speaks for the one region (city) named before', () => {
  identityRows([
    [
      "Burning debris from Ukrainian drones set a warehouse alight in the Tula region, some 180 kilometres south of Moscow. The region's governor, Pavel Dorin, said nobody was hurt and that five Ukrainian drones had been shot down.",
      ['5 drone @ RU-TUL'],
    ],
    [
      'A drone attack started a fire at a market in the Russian city of Kursk. The mayor of that city said Russian air defence had destroyed three drones.',
      ['3 drone @ RU-KRS'],
    ],
    [
      'Explosions were heard overnight in the Bryansk region. The regional governor, Oleg Markov, said six Ukrainian drones had been intercepted.',
      ['6 drone @ RU-BRY'],
    ],
    // two regions named before: the title cannot tell which, so the count stays the country's
    [
      "Drones attacked the Kursk and Belgorod regions overnight. The region's governor, Pavel Dorin, said four Ukrainian drones had been destroyed.",
      ['4 drone @ country RU'],
    ],
    // a place named in the count's own sentence still wins
    [
      "Debris fell in the Oryol region. The region's governor, Pavel Dorin, said two Ukrainian drones had been shot down over the Kursk region.",
      ['2 drone @ RU-KRS'],
    ],
  ]);
});

describe('"five and three drones respectively … over the Oryol and Tula regions": a list of counts before as many places pairs with them in order', () => {
  identityRows([
    [
      'According to the Russian defence ministry, five and three drones respectively were shot down over the Oryol and Tula regions.',
      ['3 drone @ RU-TUL', '5 drone @ RU-ORL'],
    ],
    [
      'Russian air defence destroyed 14 and 6 drones over the Kaluga and Smolensk regions respectively.',
      ['14 drone @ RU-KLU', '6 drone @ RU-SMO'],
    ],
    [
      'Russian air defence destroyed 14 drones and 2 missiles over the Bryansk and Kursk regions respectively, the ministry said.',
      ['14 drone @ RU-BRY', '2 missile @ RU-KRS'],
    ],
    // places before the counts are paired as before
    [
      'In the Oryol and Tula regions, 9 and 4 Ukrainian drones were intercepted respectively.',
      ['4 drone @ RU-TUL', '9 drone @ RU-ORL'],
    ],
    // without "respectively" nothing pairs: each count is over both places
    [
      'Russian air defence destroyed 14 drones and 2 missiles over the Kaluga and Smolensk regions, the ministry said.',
      ['14 drone @ RU-KLU+RU-SMO', '2 missile @ RU-KLU+RU-SMO'],
    ],
  ]);
});

describe('"Ukraine\'s air force says the drones were destroyed in A and B": a restatement inside a named speaker\'s report places the count', () => {
  identityRows([
    [
      "Ukrainian air defence shot down 19 of the 25 drones Russia launched overnight. Ukraine's Air Force says the drones were destroyed in the Sumy and Poltava regions.",
      ['19 drone @ UA-53+UA-59'],
    ],
    [
      'Russian air defence intercepted 12 Ukrainian drones overnight. The Russian defence ministry reported that the drones were downed over the Kursk and Oryol regions.',
      ['12 drone @ RU-KRS+RU-ORL'],
    ],
    // a report of another weapon places nothing
    [
      "Ukrainian air defence shot down 19 of the 25 drones Russia launched overnight. Ukraine's Air Force says the missiles were destroyed in the Sumy and Poltava regions.",
      ['19 drone @ country UA'],
    ],
    // a speaker's report of an attack, not of the downing, places nothing
    [
      'Ukrainian air defence shot down 19 of the 25 drones Russia launched overnight. Local officials said the drones hit homes in the Sumy region.',
      ['19 drone @ country UA'],
    ],
  ]);
});

describe('"7 UAVs were hit in the Tula region": a passive "hit" in a named place or in the sky is a downing', () => {
  identityRows([
    [
      'The ministry said air defence destroyed 12 Ukrainian UAVs overnight: 7 UAVs were hit in the Tula region and 5 in the Oryol region.',
      ['12 drone @ country RU', '5 drone @ RU-ORL', '7 drone @ RU-TUL'],
    ],
    [
      'Russian air defence destroyed eight drones over the Bryansk region, and three drones were hit in the air over the Kursk region.',
      ['3 drone @ RU-KRS', '8 drone @ RU-BRY'],
    ],
    // a time after "in" is no place
    [
      'Russian air defence destroyed eight drones over the Bryansk region, and three drones were hit in the morning.',
      ['8 drone @ RU-BRY'],
    ],
    // an active "hit" with a threat as subject stays a strike
    ['Two Russian drones hit in the Kharkiv region overnight, the governor said.', []],
  ]);
});

describe('"over the peninsula" after Crimea is named: "the peninsula" is Crimea', () => {
  identityRows([
    [
      'Ukrainian drones attacked Crimea overnight. The Russian defence ministry said 14 drones had been shot down over the peninsula.',
      ['14 drone @ UA-43'],
    ],
    [
      'Ukraine launched drones at Sevastopol overnight. The Russian defence ministry said nine drones were downed over the Black Sea and the west of the peninsula.',
      ['9 drone @ SEA-BLACK+UA-43'],
    ],
    // the Crimean peninsula is read as before
    ['The Russian defence ministry said six drones were destroyed over the Crimean peninsula.', ['6 drone @ UA-43']],
    // another peninsula named in the article: "the peninsula" may be that one
    [
      'Drones attacked the Taman Peninsula and Crimea overnight. The Russian defence ministry said five drones were shot down over the peninsula.',
      ['5 drone @ country RU'],
    ],
    // no Crimea in the article: no place
    [
      'The Russian defence ministry said five Ukrainian drones were shot down over the peninsula.',
      ['5 drone @ country RU'],
    ],
  ]);
});

describe('"22 craft of Kyiv\'s were shot down": a capital\'s possessive standing alone is the side that owns them, not a place', () => {
  identityRows([
    [
      "The Russian defence ministry said 22 drones of Kyiv's were shot down over the Bryansk region.",
      ['22 drone @ RU-BRY'],
    ],
    ["The Russian defence ministry said 17 drones of Kiev's were destroyed overnight.", ['17 drone @ country RU']],
    // a capital's possessive before a place noun stays the place
    [
      "Ukrainian air defence shot down four drones over Kyiv's Darnytsia district, the city administration said.",
      ['4 drone @ UA-30'],
    ],
  ]);
});

describe("\"X, head of the Sumy Regional Military Administration, wrote this. '… They destroyed six drones'\": the official's quote two sentences on is still placed by their jurisdiction", () => {
  identityRows([
    [
      'Ivan Hrytsenko, head of the Sumy Regional Military Administration, wrote this on Telegram. "The enemy had no chance tonight. Our air defence destroyed six attack drones," he added.',
      ['6 drone @ UA-59'],
    ],
    [
      'Ivan Hrytsenko, head of the Sumy Regional Military Administration, wrote this on Telegram. "The enemy had no chance tonight. Our air defence destroyed six attack drones over the night.',
      ['6 drone @ UA-59'],
    ],
    // a sentence between that is not the official's quote ends the window
    [
      'Ivan Hrytsenko, head of the Sumy Regional Military Administration, wrote this on Telegram. Power was cut in two villages. Air defence destroyed six attack drones overnight, the air force said.',
      ['6 drone @ country UA'],
    ],
  ]);
});

describe('"… accused Ukraine of striking Belgorod. Nine rockets were shot down in that attack": the attack is where the sentence before put it', () => {
  identityRows([
    [
      'On Tuesday Russian officials accused Ukraine of striking the Belgorod region with Vampire rockets. Nine rockets were shot down in that attack, the Russian ministry said.',
      ['9 rocket @ RU-BEL'],
    ],
    [
      'Ukraine struck Crimea with ATACMS on Friday. The Russian defence ministry said six missiles were destroyed during the same attack.',
      ['6 missile @ UA-43'],
    ],
    // two places before: the attack cannot be placed
    [
      'Ukraine struck the Kursk and Belgorod regions with drones on Friday. The Russian defence ministry said 16 drones were destroyed in that attack.',
      ['16 drone @ country RU'],
    ],
  ]);
});

describe('"Since they arrived in Ukraine, the Patriots have shot down at least 15 Kinzhals": a tally since an arrival or entry into service', () => {
  identityRows([
    ['Since they entered service in Ukraine, the Patriot batteries have shot down at least 15 Kinzhal missiles.', []],
    ["Since the IRIS-T systems arrived, Ukraine's air force has intercepted 140 Russian cruise missiles.", []],
    // "since" a time of the night stays a report
    [
      'Since midnight Ukrainian air defence has shot down 23 drones over the Kyiv region, the air force said.',
      ['23 drone @ UA-32'],
    ],
  ]);
});

describe('"Four drones flew into the Volyn region. Air defence destroyed them": a set that flew into a region, downed whole by reference', () => {
  identityRows([
    [
      'Overnight four Shahed drones flew into the Volyn region. Air defence units destroyed them, the regional administration said.',
      ['4 drone @ UA-07'],
    ],
    [
      'Two Ukrainian drones had flown into the Tver region before dawn. Air defence brought them down, the governor said.',
      ['2 drone @ RU-TVE'],
    ],
    // drones that flew in, and no downing of the set
    [
      'Overnight four Shahed drones flew into the Volyn region. They hit a warehouse, the regional administration said.',
      [],
    ],
  ]);
});

describe('"One of them was brought down in the Tula region": a part of one downed in its own passive, as "two of them were"', () => {
  identityRows([
    [
      'Overnight air defence destroyed 41 Ukrainian drones over nine regions of Russia. One of them was brought down in the Tula region.',
      ['1 drone @ RU-TUL', '41 drone @ country RU'],
    ],
    [
      'Overnight air defence destroyed 41 Ukrainian drones over nine regions of Russia. One of these had been shot down near Tver.',
      ['1 drone @ RU-TVE', '41 drone @ country RU'],
    ],
    // one of them that only fell or struck is no count
    [
      'Overnight air defence destroyed 41 Ukrainian drones over nine regions of Russia. One of them was found in a field in the Tula region.',
      ['41 drone @ country RU'],
    ],
    ['Russia launched 30 drones at Ukraine overnight. One of them hit a house in the Sumy region.', []],
  ]);
});

describe('"… 118 air-defence systems, 2,851 vehicles and fuel tankers, 15 vessels and 731 drones": vehicles and vessels are items of a war-loss list', () => {
  identityRows([
    [
      "Ukraine's General Staff has listed the Russian equipment it has brought down: 310 planes, 290 helicopters, 140 air-defence systems, 3,100 vehicles and fuel tankers, 18 vessels and 905 drones, while 201 cruise missiles have been shot down.",
      [],
    ],
    [
      "Ukraine's armed forces say they have destroyed 512 Russian warplanes, 4,020 vehicles, 28 ships and 1,900 drones.",
      [],
    ],
    // a downing beside one vehicle item is no loss list
    [
      'Ukrainian air defence shot down 14 drones over the Odesa region, and debris damaged two vehicles, the governor said.',
      ['14 drone @ UA-51'],
    ],
  ]);
});

describe('"…rockets rained on the Kursk region. Nine were intercepted": a sentence-opening bare count is placed where the threats before it were', () => {
  identityRows([
    [
      'The morning was loud in the Kursk region: Ukrainian forces fired Vampire rockets from launchers near the border at the region. Nine were intercepted by air defence, the Russian defence ministry said.',
      ['9 rocket @ RU-KRS'],
    ],
    // origins are no place
    [
      'Ukrainian forces fired Vampire rockets from the Sumy region overnight. Nine were intercepted by air defence, the Russian defence ministry said.',
      ['9 rocket @ country RU'],
    ],
    // the sentence before already counted a downing: it is not the bare count's referent
    [
      'Air defence shot down 14 drones over the Bryansk region. Ten were shot down by air defence systems and a further four by electronic warfare.',
      ['10 drone @ RU-BRY', '14 drone @ RU-BRY', '4 drone @ RU-BRY'],
    ],
  ]);
});
