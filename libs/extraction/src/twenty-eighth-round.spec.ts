/**
 * The twenty-eighth round (README, "Twenty-eighth round"): officials as Western reports title them in occupied areas,
 * a capital's governor, a capital accused, a vague place after a count, the military's "hit", what the threats were told
 * between commas, a gapped verb's agent, a hedge between commas, and "a score of", found among the dev claims whose
 * place was wrong or that were missed. Invented sentences (no official named is a real one), each family with rows
 * where the reading could reach too far.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"X, the Russian-installed head of Donetsk, said": an appointee speaks for the place of the title', () => {
  ruleFamily('appointedOfficial', [
    [
      'Pavel Korin, the Russian-installed head of Donetsk, said air defences had shot down five drones.',
      ['5 drone @ UA-14'],
    ],
    [
      'Oleg Lanin, the Kremlin-backed leader of Luhansk, said air defence destroyed two missiles.',
      ['2 missile @ UA-09'],
    ],
    [
      'Sergei Volin, the Moscow-appointed head of Crimea, said air defence had shot down a ballistic missile.',
      ['1 missile @ UA-43'],
    ],
    [
      'Stepan Rud, the occupation head of the Zaporizhzhia region, said air defence downed two drones.',
      ['2 drone @ UA-23'],
    ],
    // the capital that appointed them is not their place
    ['Mikhail Dronov, the pro-Moscow governor of Sevastopol, said four drones were shot down.', ['4 drone @ UA-40']],
    [
      'Ivan Sotov, the Russian-appointed governor of the Crimean peninsula, said three drones were destroyed.',
      ['3 drone @ UA-43'],
    ],
    // a place the sentence names wins over the official's; a country's leader has no region
    [
      'Pavel Korin, the Russian-installed head of Donetsk, said six drones had been shot down over the Rostov region.',
      ['6 drone @ RU-ROS'],
    ],
    [
      'Viktor Gren, the Kremlin-backed leader of Belarus, said his air defence shot down two drones.',
      ['2 drone @ country BY'],
    ],
    // a title of no place, and an adjective with no title, are no jurisdiction
    ['Anna Belova, a pro-Russian blogger from Donetsk, said two drones were shot down.', ['2 drone @ country UA']],
    // (review) "chief" is an office; a place in the possessive is not the title's ("head of Rostov's election commission")
    ['Denis Rakov, the Russian-appointed chief of Sevastopol, said three drones were destroyed.', ['3 drone @ UA-40']],
    [
      'Pavel Korin, the Moscow-appointed head of Rostov’s regional election commission, said two drones were shot down.',
      ['2 drone @ country RU'],
    ],
  ]);
});

describe('"the governor for Moscow", "the Kyiv governor": a capital with a mayor has its governor in the oblast', () => {
  ruleFamily('capitalGovernor', [
    ['Andrei Lomov, the governor for Moscow, said two drones had been downed overnight.', ['2 drone @ RU-MOS']],
    ['The Kyiv governor said air defence destroyed eleven drones overnight.', ['11 drone @ UA-32']],
    // the city's own head, and a city whose head is its governor, stay the city
    ['The mayor of Kyiv said air defence destroyed eleven drones overnight.', ['11 drone @ UA-30']],
    [
      'Moscow Mayor Pavel Dorin said air defences shot down three drones approaching the capital.',
      ['3 drone @ RU-MOW'],
    ],
    ['The governor of Sevastopol said two drones were shot down over the city.', ['2 drone @ UA-40']],
  ]);
});

describe('"…, accusing Kyiv of a terrorist act": a capital accused or blamed is its government', () => {
  ruleFamily('capitalAccused', [
    [
      'Three drones were shot down over the Moscow region, Russia said, accusing Kyiv of a terrorist attack.',
      ['3 drone @ RU-MOS'],
    ],
    [
      'Ukraine said it downed 12 drones over the Kharkiv region, blaming Moscow for the attack on civilians.',
      ['12 drone @ UA-63'],
    ],
    // the capital where the drones were stays, whoever is accused
    [
      'Air defence shot down three drones over Kyiv, the city’s mayor said, accusing Moscow of terror.',
      ['3 drone @ UA-30'],
    ],
    [
      'Two drones were shot down as they approached Moscow, where residents blamed the noise on the air defence.',
      ['2 drone @ RU-MOW'],
    ],
    ['The drone was downed near Kupiansk, where Kyiv has been pressing an offensive.', ['1 drone @ UA-63']],
    // (review) the city's people accused, and "pressed" of no war, leave the city a place
    [
      'Fourteen drones were shot down over Kyiv, police said, accusing Kyiv residents of posting videos of air defence at work.',
      ['14 drone @ UA-30'],
    ],
    ['Residents in Kyiv pressed into shelters as air defence shot down 11 drones overnight.', ['11 drone @ UA-30']],
    // "blamed on" the capital, as the review found it written
    ['Russian air defences shot down 12 drones in an attack Moscow blamed on Kyiv.', ['12 drone @ country RU']],
  ]);
});

describe('"…heading for Moscow and brought down 140 more over other regions": a vague place right after a count is its own', () => {
  ruleFamily('ownVaguePlace', [
    [
      'Air defences shot down dozens of drones heading for Moscow and brought down nearly 140 more over other regions, officials said.',
      ['about 140 drone @ country RU'],
    ],
    [
      'Russian air defence destroyed 7 drones near the capital and 14 in nearby regions.',
      ['14 drone @ country RU', '7 drone @ RU-MOW'],
    ],
    // a region named, or districts of the region named before, stay the region's
    [
      'Air defence destroyed eight drones over the Bryansk region, five of them in the region’s northern districts.',
      ['5 drone @ RU-BRY', '8 drone @ RU-BRY'],
    ],
    ['Air defence destroyed 11 drones over the Kursk region in other attacks overnight.', ['11 drone @ RU-KRS']],
    [
      'Air defence destroyed 12 drones over the Kursk region and 3 over other regions.',
      ['12 drone @ RU-KRS', '3 drone @ country RU'],
    ],
    // (review) "other areas of" a named region, and "neighbouring regions of" named ones, are those places
    [
      'Air defence destroyed 55 drones over the Bryansk region, 15 of them over the regional centre and 40 over other areas of the Bryansk region.',
      ['15 drone @ RU-BRY', '40 drone @ RU-BRY', '55 drone @ RU-BRY'],
    ],
    [
      'Air defences destroyed 6 drones over Moscow and 14 in neighbouring regions of Belgorod and Kursk.',
      ['14 drone @ RU-BEL+RU-KRS', '6 drone @ RU-MOW'],
    ],
    // (review) "elsewhere in Russia", "other parts of the country", "a number of other regions" leave the count unplaced
    [
      'Air defences shot down dozens of drones heading for Moscow and 150 more elsewhere in Russia.',
      ['150 drone @ country RU'],
    ],
    [
      'Air defences shot down dozens of drones heading for Moscow and 150 more over a number of other regions.',
      ['150 drone @ country RU'],
    ],
  ]);
});

describe('"The Russian military hit 22 UAVs in the Samara region": the military hitting threats downs them', () => {
  ruleFamily('militaryHit', [
    ['The Russian military hit 22 UAVs in the Samara region.', ['22 drone @ RU-SAM']],
    ['The Ukrainian army hit five Russian drones over the Kharkiv region overnight.', ['5 drone @ UA-63']],
    // what the military hits on the ground, and anything but threats, is a strike
    ['The Russian military hit two Ukrainian airfields in the Odesa region.', []],
    ['The Russian army hit a Ukrainian drone depot in the Sumy region.', []],
    ['The Russian military hit Ukraine with 40 drones overnight.', []],
    ['The military hit 12 drones on the ground at an airfield in the Kursk region.', []],
    // (and so is air defence's "hit" of threats on the ground, read with the same veto now)
    ['Air defences hit 12 drones on the ground at an airfield in the Kursk region.', []],
    // (review) only where the words put them on the ground: not "over an airfield", nor "on approach to an airbase", nor
    // what another count's clause says; a thing of the drones' is no drone
    ['Russian air defence systems hit 12 drones over an airfield in the Saratov region.', ['12 drone @ RU-SAR']],
    ['Air defence systems hit 12 drones on approach to the Engels airbase.', ['12 drone @ RU-SAR']],
    [
      'The Russian military hit 22 UAVs in the Samara region, 14 of which were destroyed on the ground at an airfield.',
      ['22 drone @ RU-SAM'],
    ],
    ['The Russian military hit 22 drones’ positions in the Sumy region.', []],
    ['The army hit 5 drones that had been loaded onto a truck in the Kharkiv region.', []],
    ['The military has hit all 16 drones launched at the city of Kursk.', ['16 drone @ RU-KRS']],
  ]);
});

describe('"15 drones, 14 of them Shaheds, were shot down": what the threats were, between commas, is read past', () => {
  ruleFamily('typeAside', [
    [
      'Ukraine’s air force said 15 drones, 14 of them Shaheds, were brought down.',
      ['14 drone @ country UA', '15 drone @ country UA'],
    ],
    ['Ukraine’s air force said 21 drones, most of them Shaheds, were shot down overnight.', ['21 drone @ country UA']],
    [
      'All 18 drones, 16 of them Shaheds, as well as both cruise missiles were brought down, Ukraine’s air force said.',
      ['16 drone @ country UA', '18 drone @ country UA', '2 missile @ country UA'],
    ],
    // an aside before a verb of another kind, or after a launch, takes no downing
    ['Ukraine’s air force said 15 drones, 14 of them Shaheds, hit the city.', []],
    ['Ukraine’s air force said 15 drones, mostly Shaheds, struck the port.', []],
    [
      'Ukraine’s air force said 40 drones were launched, 30 of them Shaheds, and 35 were shot down.',
      ['35 drone @ country UA'],
    ],
  ]);
});

describe('"12 were destroyed by air defence and another two by mobile fire groups": the gapped verb, its agent kept', () => {
  ruleFamily('bareByAgent', [
    [
      'Ukraine’s air force said 12 drones were destroyed by air defence and another two by mobile fire groups.',
      ['12 drone @ country UA', '2 drone @ country UA'],
    ],
    [
      'Ukraine’s air force said 20 drones were shot down by fighter jets and five by electronic warfare.',
      ['20 drone @ country UA', '5 drone @ country UA'],
    ],
    // "by" a time, or a word that is no interceptor, is no gapped downing
    [
      'Ukraine’s air force said 12 drones were destroyed, and the death toll rose by two by evening.',
      ['12 drone @ country UA'],
    ],
    [
      'Ukraine’s air force said 12 drones were destroyed and two by-elections were postponed.',
      ['12 drone @ country UA'],
    ],
    // (review) a count of something else before, "by air" and "by air force figures" are no gapped downing
    [
      'Russia’s defence ministry said 14 drones were downed over the Bryansk region and three saboteurs detained, two by border guards.',
      ['14 drone @ RU-BRY'],
    ],
    ['Ukraine’s air force said 30 drones were shot down, up from 18 by air force figures.', ['30 drone @ country UA']],
    [
      'Ukraine’s air force said 20 drones were shot down overnight; 300 people were evacuated, 120 by air and the rest by rail.',
      ['20 drone @ country UA'],
    ],
  ]);
});

describe('"nine drones, by preliminary information, were shot down": a hedge between commas is read past', () => {
  ruleFamily('hedgeAside', [
    [
      'Nine drones, by preliminary information, were shot down over the Leningrad region, the governor said.',
      ['9 drone @ RU-LEN'],
    ],
    ['Nine drones, reportedly, were shot down over the Leningrad region, the governor said.', ['9 drone @ RU-LEN']],
    ['Nine drones, preliminarily, were shot down over the Leningrad region, the governor said.', ['9 drone @ RU-LEN']],
    // the verb after the hedge decides
    ['Nine drones, by preliminary information, hit the refinery in the Leningrad region, the governor said.', []],
  ]);
});

describe('"roughly a score of enemy drones": twenty', () => {
  ruleFamily('aScoreOf', [
    [
      'Russian air defences brought down roughly a score of enemy drones over the Kursk region.',
      ['about 20 drone @ RU-KRS'],
    ],
    // a score of a match, or of anything but threats, is no count
    [
      'Russian air defences shot down six drones over the Kursk region, and the local team won by a score of 3 to 1.',
      ['6 drone @ RU-KRS'],
    ],
    [
      'Air defences shot down three drones over the Kursk region as residents settled a score of old grievances.',
      ['3 drone @ RU-KRS'],
    ],
  ]);
});

describe('"were seen going back": a sighting is no downing (lexicon: "seen", "sighted" are verbs of detection)', () => {
  identityRows([
    [
      'Ukraine’s air force said air defence shot down 57 drones, while 49 drones were seen going back.',
      ['57 drone @ country UA'],
    ],
    // (review) what the sighting reports, and a sighting that only modifies, are read as before
    ['Russian officials said three drones were seen being shot down over the Kursk region.', ['3 drone @ RU-KRS']],
    [
      'Russia’s defence ministry said five drones were sighted and destroyed over the Bryansk region.',
      ['5 drone @ RU-BRY'],
    ],
    ['Russian officials said 14 drones seen approaching Moscow were destroyed.', ['14 drone @ RU-MOW']],
  ]);
});

describe('appointees already read before this round', () => {
  identityRows([
    [
      'Yuri Osin, the Kremlin-appointed governor of the Kherson region, told reporters that nine drones had been intercepted.',
      ['9 drone @ UA-65'],
    ],
    ['The Moscow-installed governor of Sevastopol said six drones had been shot down.', ['6 drone @ UA-40']],
  ]);
});
