/**
 * The nineteenth round's structures (README, "Nineteenth round"), each with invented sentences (no corpus sentence)
 * and a row where the rule could reach too far.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('the office of the speaker the next sentence names places an unplaced count', () => {
  ruleFamily('anaphorOffice', [
    [
      'By morning, air defence had brought down four drones and a guided missile. The head of the Poltava OVA, Ivan Petrenko, said so.',
      ['1 missile @ UA-53', '4 drone @ UA-53'],
    ],
    [
      'Air defence forces destroyed seven Shaheds overnight. This was reported by the head of the Sumy regional military administration, Oleh Marchenko.',
      ['7 drone @ UA-59'],
    ],
  ]);
  identityRows([
    // a place of its own wins
    [
      'Air defence forces destroyed seven Shaheds over the Chernihiv region. The head of the Sumy OVA, Oleh Marchenko, said so.',
      ['7 drone @ UA-74'],
    ],
    // a speaker named two sentences on does not attribute it past a report of its own (past a quiet aside, "Nobody was
    // hurt.", the forty-sixth round's anaphorAfterAside reads it)
    [
      'Air defence forces destroyed seven Shaheds overnight. The mayor said nobody was hurt. The head of the Sumy OVA, Oleh Marchenko, said so.',
      ['7 drone @ country UA'],
    ],
    // a speaker who names no office with a place
    [
      'Air defence forces destroyed seven Shaheds overnight. Air force spokesman Yurii Ihnat said so.',
      ['7 drone @ country UA'],
    ],
  ]);
});

describe("Ukraine's administrations abbreviated after their place are offices with a jurisdiction", () => {
  identityRows([
    ['The Kharkiv RMA said two drones had been shot down.', ['2 drone @ UA-63']],
    ['Air defence downed three drones, Odesa ODA head Oleh Kyrylenko wrote.', ['3 drone @ UA-51']],
    // the oblast around the capital, not the city
    ['Two drones were destroyed, the Kyiv OVA said.', ['2 drone @ UA-32']],
  ]);
});

describe('two counts of one weapon, each with its noun and joined by "and" alone, share a place', () => {
  ruleFamily('sameWeaponCoordinated', [
    [
      'Russia said its air defence had destroyed six Storm Shadow cruise missiles and three Neptune missiles above the Black Sea.',
      ['3 missile @ SEA-BLACK', '6 missile @ SEA-BLACK'],
    ],
  ]);
  identityRows([
    // a total and its part
    [
      'Russia said it had destroyed 120 drones, nine of them over the Kursk region.',
      ['120 drone @ country RU', '9 drone @ RU-KRS'],
    ],
  ]);
});

describe('a remainder named with a singular noun is one', () => {
  ruleFamily('singularRemainder', [
    [
      'Of the 11 drones, ten were downed over the Oryol and Lipetsk regions, five in each, while the remaining drone was destroyed over the Tula region.',
      ['1 drone @ RU-TUL', '10 drone @ RU-LIP+RU-ORL', '5 drone @ RU-LIP', '5 drone @ RU-ORL'],
    ],
  ]);
});

describe('"as well as" joins two counts before their verb as "and" does', () => {
  ruleFamily('asWellAsCounts', [
    [
      'Overall, 14 missiles of several types as well as 6 attack drones were shot down overnight, the Ukrainian air force said.',
      ['14 missile @ country UA', '6 drone @ country UA'],
    ],
    [
      'In all, 11 cruise missiles as well as 3 drones were destroyed by air defence, the Ukrainian air force said.',
      ['11 missile @ country UA', '3 drone @ country UA'],
    ],
  ]);
  identityRows([
    // "as well as" between counts launched, not downed
    ['Russia launched 14 missiles as well as 6 drones overnight, Ukraine said.', []],
  ]);
});

describe('a country, or its unnamed regions, listed beside regions is country scope', () => {
  ruleFamily('countryBeside', [
    [
      'The Russian defence ministry said at least 52 drones were destroyed above Russia, above annexed Crimea and above the Black Sea.',
      ['at_least 52 drone @ country RU'],
    ],
    ['Russia said it had downed 30 drones over Russian regions and the Sea of Azov.', ['30 drone @ country RU']],
  ]);
  identityRows([
    // a region of a country named after it as its owner
    [
      'The Russian defence ministry said 12 drones were destroyed over the Kursk region of Russia.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
});

describe('words of translated reports', () => {
  identityRows([
    // "Ukraine, for its part, said": a country speaking past an aside
    [
      'Russia said it had downed 20 drones. Ukraine, for its part, said it had shot down nine of 12 drones launched at its territory.',
      ['20 drone @ country RU', '9 drone @ country UA'],
    ],
    // cities joined by slashes open one dateline
    [
      'KYIV/MOSCOW (dpa-AFX) - Ukraine has shot down six Kinzhal missiles, the air force said.',
      ['6 missile @ country UA'],
    ],
    // "rendered harmless" (German "unschädlich gemacht") is a downing; "harmless" alone is not
    [
      'In total, 16 missiles were rendered harmless by air defence overnight, the Ukrainian air force said.',
      ['16 missile @ country UA'],
    ],
    ['Ukraine said 16 missiles hit targets overnight; the debris was harmless.', []],
    // two model numbers joined by a slash are one name in a post-modifier
    ['Ukraine said 5 drones of the Shahed-136/131 type were shot down over the Odesa region.', ['5 drone @ UA-51']],
    // "jet projectiles", "reactive shells": an MLRS's rockets
    [
      'Over the Belgorod region nine jet projectiles were destroyed by air defence, the Russian ministry said.',
      ['9 rocket @ RU-BEL'],
    ],
  ]);
});

describe('a place followed by its compass point is a reference point', () => {
  ruleFamily('compassAfter', [
    [
      "The Russian ministry said a drone was destroyed over the Yaroslavl region, to Moscow's north-east.",
      ['1 drone @ RU-YAR'],
    ],
  ]);
  identityRows([
    // a place after "to" with no compass point is still a place
    ['The Russian ministry said a drone was shot down on its approach to Moscow.', ['1 drone @ RU-MOW']],
  ]);
});

describe('a third country speaks for its own downing; a war or invasion "of Ukraine" is no place of it', () => {
  identityRows([
    [
      "Poland acted directly for the first time since the invasion of Ukraine, shooting down at least two Russian drones over its territory, according to Poland's armed forces.",
      ['at_least 2 drone @ country PL'],
    ],
    // a third country that only reports
    [
      "Poland's armed forces said Ukraine's air defence had shot down 40 Russian drones near the border.",
      ['40 drone @ country UA'],
    ],
  ]);
});

describe('"dozens of them …" after a count is an aside about some of them', () => {
  identityRows([
    [
      'At least 90 Ukrainian drones were shot down above Russian regions, dozens of them on their way to Moscow, Russia says.',
      ['at_least 90 drone @ country RU'],
    ],
  ]);
});

describe('a count whose side nothing tells takes that of the claim before it in its sentence', () => {
  ruleFamily('sameSentenceSide', [
    [
      'The air force said 3 Russian helicopters and 2 jets were shot down over the past day.',
      ['2 aircraft @ country UA', '3 aircraft @ country UA'],
    ],
  ]);
  identityRows([
    // a side of its own
    [
      'The air force said 3 Russian helicopters were shot down, and Russia said it had downed 2 Ukrainian jets.',
      ['2 aircraft @ country RU', '3 aircraft @ country UA'],
    ],
  ]);
});

describe('a bare count with "more" after it is an added count', () => {
  identityRows([
    [
      'Air defence destroyed seven drones over Odesa overnight, the regional governor said. Three more were shot down in the morning.',
      ['3 drone @ UA-51', '7 drone @ UA-51'],
    ],
    // a place of its own
    [
      'Air defence destroyed seven drones over Odesa overnight, the regional governor said. Three more were shot down over Mykolaiv.',
      ['3 drone @ UA-48', '7 drone @ UA-51'],
    ],
  ]);
});

describe('the sx batch: a part of its own set, an obligation met, the agent of a passive', () => {
  ruleFamily('ownSetPartitive', [
    [
      'The Russian army had to shoot down one of its own Ka-52 helicopters over the Kherson region, the General Staff said.',
      ['1 aircraft @ UA-65'],
    ],
  ]);
  ruleFamily('pastObligation', [
    [
      'Air defence in the Odesa region had to shoot down two Russian drones overnight, the governor said.',
      ['2 drone @ UA-51'],
    ],
  ]);
  ruleFamily('passiveAgent', [
    [
      'Two Russian patrol boats in the Black Sea were destroyed by fire from two Ukrainian drones, the commander said.',
      [],
    ],
  ]);
  identityRows([
    // an obligation still to be met is no report
    ['Ukraine will have to shoot down 40 drones a night this winter, the air force warned.', []],
    // the agent of a passive downing is not what was downed
    [
      'Three Ukrainian drones were shot down by two Russian Su-35 fighters, the Russian ministry said.',
      ['3 drone @ country RU'],
    ],
    // "Belarus has shot down", after a war "on Ukraine" that is no place of the downing
    [
      'It is the first time since Russia declared war on Ukraine that Belarus has shot down a missile.',
      ['1 missile @ country BY'],
    ],
    // gazetteer 1.2.4: Chornobaivka (Kherson), Novoastrakhan (Luhansk)
    [
      'The ministry said two Ukrainian drones were shot down near Chornobaivka and one near Novoastrakhan.',
      ['1 drone @ UA-09', '2 drone @ UA-65'],
    ],
  ]);
});

describe('the sy batch: an added count with its own verb, Snake Island', () => {
  ruleFamily('parallelVerbs', [
    [
      'The Russian ministry said air defence destroyed eight Ukrainian drones and intercepted five more over the Black Sea.',
      ['5 drone @ SEA-BLACK', '8 drone @ SEA-BLACK'],
    ],
  ]);
  identityRows([
    // a part, not an added count
    [
      'The Russian ministry said air defence destroyed 30 Ukrainian drones and intercepted five of them over the Black Sea.',
      ['30 drone @ country RU', '5 drone @ SEA-BLACK'],
    ],
    // gazetteer 1.2.5: Snake Island (Zmiinyi) is in the Odesa region
    ['Ukraine said its forces shot down a Russian Su-30 fighter near Snake Island.', ['1 aircraft @ UA-51']],
  ]);
});
