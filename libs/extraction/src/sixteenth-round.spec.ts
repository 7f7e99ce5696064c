/**
 * The sixteenth round's structures (README, "Sixteenth round"): each family with invented sentences (no corpus
 * sentence), its first row failing with the rule switched off, and a row where the rule could reach too far.
 */
import { ruleFamily } from '../test/identities';

describe('"of which Ukraine\'s air defence neutralised 640 targets": a country\'s possessive on its defences names the defender', () => {
  ruleFamily('possessiveDefender', [
    [
      "The Russian Defence Ministry reported 40 drones downed over Bryansk. A week ago Russia sent 700 weapons, of which Ukraine's air defence destroyed 640 targets.",
      ['40 drone @ RU-BRY', '640 unknown @ country UA'],
    ],
    [
      "The Russian ministry said 12 drones were downed over Kursk. On Sunday, Ukraine's anti-aircraft units shot down 30 drones.",
      ['12 drone @ RU-KRS', '30 drone @ country UA'],
    ],
    // an owner ("of Ukraine's air force") is no defender
    [
      "The Russian Defence Ministry said its air defences shot down a Su-27 of Ukraine's air force.",
      ['1 aircraft @ country RU'],
    ],
    // the possessive in another clause of the sentence does not speak for the count
    [
      "Ukraine's air force said 14 drones were launched, while the Russian Defence Ministry said 9 drones were shot down over Kursk.",
      ['9 drone @ RU-KRS'],
    ],
  ]);
});

describe('"Another drone was downed after midnight, while six more drones were stopped before dawn": two added counts of a placeless sentence both add to the claim before', () => {
  ruleFamily('additivePair', [
    [
      'Air defence shot down 14 drones over the Kaluga region. Another drone was brought down before dawn, while six more drones were intercepted between 5 and 6 am.',
      ['1 drone @ RU-KLU', '14 drone @ RU-KLU', '6 drone @ RU-KLU'],
    ],
    // a sentence naming its own place keeps it
    [
      'Air defence shot down 14 drones over the Kaluga region. Another drone was brought down before dawn, while six more drones were intercepted over the Tula region.',
      ['1 drone @ country RU', '14 drone @ RU-KLU', '6 drone @ RU-TUL'],
    ],
  ]);
});

describe('"over the Crimean city, occupied by the Russians since 2014": the year a place was seized is no tally', () => {
  ruleFamily('seizedSince', [
    [
      'The mayor reported two drones shot down over Sevastopol, the Crimean city occupied by Russia since 2014.',
      ['2 drone @ UA-40'],
    ],
    [
      'Three drones were downed over the Zaporizhzhia region, held by Russian forces since 2022, the governor said.',
      ['3 drone @ UA-23'],
    ],
    // a count since a year stays a tally, occupied land or not
    ['Air defence has shot down 300 drones over occupied Crimea since 2023, the ministry said.', []],
  ]);
});

describe('"destroyed one of its three Ka-52 helicopters": a partitive whose numbered set follows an owner\'s pronoun counts the part', () => {
  ruleFamily('possessivePartitive', [
    [
      'Russian air defence destroyed one of its three Ka-52 helicopters that was flying over the Kherson region.',
      ['1 aircraft @ UA-65'],
    ],
    ['Ukraine said it shot down two of their 12 drones over Sumy.', ['2 drone @ UA-59']],
    // no number after the pronoun: not a partitive of a set ("one of its units" is the interceptor)
    [
      "Ukraine's navy said one of its units shot down a Russian Su-30 jet over the Black Sea.",
      ['1 aircraft @ SEA-BLACK'],
    ],
  ]);
});

describe('"debris from one of the two downed drones": a partitive whose numbered set is told as downed counts the set (claims.md edge case 6)', () => {
  ruleFamily('downedSet', [
    ['Debris from one of the two downed drones fell on a barn in the Bryansk region.', ['2 drone @ RU-BRY']],
    ['One of the three intercepted missiles fell into a lake near Kyiv, the mayor said.', ['3 missile @ UA-30']],
    // the set already claimed: one claim
    [
      'Air defence shot down three drones over the Bryansk region. Debris from one of the three downed drones damaged a car.',
      ['3 drone @ RU-BRY'],
    ],
    // a set told as launched is no downing
    ['Debris from one of the two launched drones fell on a barn in the Bryansk region.', []],
  ]);
});

describe('"one of the two destroyed drones smashed windows and wrecked cars parked nearby": a destroyed participle in the phrase, followed by the damage it did, is no ground loss', () => {
  ruleFamily('damageNotGround', [
    [
      'In Kursk pieces of one of the two destroyed drones smashed the windows of a shop and wrecked cars parked nearby.',
      ['2 drone @ RU-KRS'],
    ],
    // no damage verb after the phrase: the ground site still vetoes
    ['Two destroyed drones were found at the airfield in the Kursk region.', []],
    ['Ukraine said it destroyed two drones at the airfield in the Kursk region.', []],
  ]);
});

describe('"shot down a Tochka-U missile" … "a Tochka-U missile near Hola Prystan in the Kherson region": a placeless single and one placed on contested land alone are one claim', () => {
  ruleFamily('contestedSingle', [
    [
      'Over the past day Russian air defence shot down a Tochka-U missile, the Russian Defence Ministry said. "Air defence means shot down a Tochka-U missile near Hola Prystan in the Kherson region," the spokesman said.',
      ['1 missile @ UA-65'],
    ],
    // a single placed on land that is not contested is another country's claim: two claims
    [
      'Russian air defences shot down a Ukrainian Su-24 bomber, the Russian Defence Ministry said. In a separate incident a Su-24 bomber was shot down over the Kharkiv region, the Ukrainian side said.',
      ['1 aircraft @ UA-63', '1 aircraft @ country RU'],
    ],
  ]);
});

describe('"debris from one of the destroyed drones fell near …": a member of a downed set where its debris fell is a count of one', () => {
  ruleFamily('oneOfDowned', [
    [
      'Air defence destroyed 40 drones overnight, the air force said. Debris from one of the destroyed drones fell near a hospital in Vinnytsia.',
      ['1 drone @ UA-05', '40 drone @ country UA'],
    ],
    // the set already counted at that place: one claim
    [
      'Air defence destroyed 40 drones over the Vinnytsia region overnight. Debris from one of the destroyed drones fell near a hospital in Vinnytsia.',
      ['40 drone @ UA-05'],
    ],
    // not where debris fell: no count of one
    [
      'Air defence destroyed 40 drones overnight, the Ukrainian air force said. Workers were hurt when a charge on one of the downed drones went off.',
      ['40 drone @ country UA'],
    ],
  ]);
});

describe('"parts of a Russian missile that had been intercepted struck …": a perfect passive relative clause of the count is read as "that were intercepted"', () => {
  ruleFamily('perfectRelative', [
    [
      'Falling parts of a Russian missile that had been intercepted struck a block of flats in Kyiv.',
      ['1 missile @ UA-30'],
    ],
    ['Two drones that had been intercepted fell on a block of flats in Kyiv, the mayor said.', ['2 drone @ UA-30']],
    ['Debris of a drone which was shot down hit a shop in the Odesa region.', ['1 drone @ UA-51']],
    // a relative clause of launching is no downing
    ['Debris of a drone that had been launched at night hit a shop in the Odesa region.', []],
  ]);
});
