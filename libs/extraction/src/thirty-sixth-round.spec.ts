/**
 * The thirty-sixth round of extraction rules (issue 11, session 39): found by measuring which field the unmatched claims
 * of the whole corpus get wrong (libs/extraction/README.md, "Thirty-sixth round"): an official introduced with the place
 * they govern and named again by name alone, and unnamed plural regions. The first row of each switchable family fails
 * with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('an official introduced with their place speaks for it when named again by name alone', () => {
  ruleFamily('officialNamedAgain', [
    [
      'Drones attacked the Russian capital overnight, Moscow Mayor Sergei Sobolev said on Telegram. Residents reported loud blasts. Later Sobolev said five drones had been downed by air defence.',
      ['5 drone @ RU-MOW'],
    ],
    [
      "Kyiv's mayor, Vitali Klymko, said blasts were heard. Power was cut in several districts. Later Klymko said air defence had destroyed seven drones.",
      ['7 drone @ UA-30'],
    ],
    [
      'Blasts were heard, said Oleh Kiprenko, head of the Odesa regional military administration. Power was cut. According to Kiprenko, air defence destroyed seven drones.',
      ['7 drone @ UA-51'],
    ],
    [
      'The head of the Kharkiv regional administration, Oleh Synenko, said blasts were heard. Power was cut. Synenko wrote that seven drones had been shot down.',
      ['7 drone @ UA-63'],
    ],
  ]);
  identityRows([
    // (a place the sentence names is where, not the official's)
    [
      'Drones attacked the Russian capital overnight, Moscow Mayor Sergei Sobolev said on Telegram. Residents reported loud blasts. Later Sobolev said five drones had been downed over the Kaluga region.',
      ['5 drone @ RU-KLU'],
    ],
    // (nor a count the whole country is told of)
    [
      'Drones attacked the Russian capital overnight, Moscow Mayor Sergei Sobolev said on Telegram. Residents reported loud blasts. Sobolev said air defences had shot down 40 drones across the country.',
      ['40 drone @ country RU'],
    ],
    // (nor the other side's claim, which the official only repeats)
    [
      'Kyiv Mayor Vitali Klymko said the night was calm. Residents slept. Klymko said Russia claimed its air defences had shot down 20 Ukrainian drones.',
      ['20 drone @ country RU'],
    ],
    // (nor someone introduced with no place)
    [
      'Blasts were heard overnight, said Ivan Moroz, a local resident. Power was cut. Later Moroz said Ukrainian air defence had shot down seven drones.',
      ['7 drone @ country UA'],
    ],
    // (review: nor a count of the other side's, nor one across the country or an area, nor one a body tells, nor after
    // another place was named since)
    [
      'Kyiv Mayor Vitali Klymko said the night was calm. Residents slept. Klymko said Russian air defences had shot down 20 Ukrainian drones.',
      ['20 drone @ country RU'],
    ],
    [
      'Odesa Governor Oleh Kiprenko said blasts were heard. Power was cut. Kiprenko said Ukrainian air defence had shot down 45 drones nationwide.',
      ['45 drone @ country UA'],
    ],
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. Bogomazov said the ministry said 30 drones had been destroyed.',
      ['30 drone @ country RU'],
    ],
    [
      'Belgorod Governor Vyacheslav Gladin said the city was calm. Drones also targeted the Kursk region overnight. Gladin said 14 Ukrainian drones had been destroyed there.',
      ['14 drone @ RU-KRS'],
    ],
    // (second review: an official named in the sentence speaks, so another named before does not place the count; a
    // title "of" somewhere else; a count of the country or an area; a former official)
    [
      '08:10 Bryansk Governor Alexander Bogomazov said drones were flying over the region. 08:25 Kursk Governor Ivan Petrenko said a drone hit a house near Rylsk. 08:40 Bogomazov said air defence had destroyed 23 drones.',
      ['23 drone @ country RU'],
    ],
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. The governor of a neighbouring region said 12 Ukrainian drones were downed.',
      ['12 drone @ country RU'],
    ],
    [
      'Kiprenko, head of the Odesa regional military administration, said blasts were heard. Power was cut. Kiprenko said Ukraine’s air defences had shot down 45 of the 60 drones Russia launched.',
      ['45 drone @ country UA'],
    ],
    [
      'Bryansk Governor Alexander Bogomazov said blasts were heard. Power was cut. Bogomazov said 30 drones had been downed in border areas.',
      ['30 drone @ country RU'],
    ],
    [
      'Former Kursk Governor Roman Starov was detained. Residents slept. Starov said six Ukrainian drones were shot down.',
      ['6 drone @ country RU'],
    ],
    // (the capital and its region, or another country's capital, named since, are no other place)
    [
      'Kyiv Mayor Vitali Klymko said blasts were heard. Moscow has not commented. Klymko said seven drones were shot down.',
      ['7 drone @ UA-30'],
    ],
    // (someone else with the surname named since)
    [
      'Oleksandr Kravets, head of the Dnipropetrovsk regional military administration, said the night was loud. Power was cut. Air force spokesman Yuriy Kravets said Russia had launched 70 drones. Kravets said 62 of them had been shot down.',
      ['62 drone @ country UA'],
    ],
    // (nor another person with the same surname)
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. Ivan Bogomazov, a local farmer, said five drones had been downed.',
      ['5 drone @ country RU'],
    ],
  ]);
});

describe('a bare "the mayor" or "the governor" is the official introduced with that title and their place', () => {
  ruleFamily('bareTitleAgain', [
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. The governor said seven drones were downed.',
      ['7 drone @ RU-BRY'],
    ],
    [
      'Drones flew at the Russian capital overnight, Moscow Mayor Sergei Sobolev said. Residents reported loud blasts. "All eight were brought down by air defence," the mayor wrote.',
      ['8 drone @ RU-MOW'],
    ],
  ]);
  identityRows([
    // (the nearest official with the title)
    [
      'Kyiv Mayor Vitali Klymko said the night was loud. Lviv Mayor Andriy Sadovy said blasts were heard there too. The mayor said air defence had destroyed seven drones.',
      ['7 drone @ UA-46'],
    ],
    // (an official introduced with another title is not "the mayor")
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. The mayor said Russian air defence had downed seven drones.',
      ['7 drone @ country RU'],
    ],
    // (a place the sentence names is where)
    [
      'Drones attacked the region overnight, Bryansk Governor Alexander Bogomazov said on Telegram. Residents reported loud blasts. The governor said seven drones were downed over the Kursk region.',
      ['7 drone @ RU-KRS'],
    ],
  ]);
});

describe('regions with no determiner and no name are country scope', () => {
  ruleFamily('barePluralRegions', [
    [
      'Kyiv mayor Vitali Klymko said 26 of the drones were brought down above Kyiv, four over the surrounding Kyiv region and 15 above provinces next to it.',
      ['15 drone @ country UA', '26 drone @ UA-30', '4 drone @ UA-32'],
    ],
    [
      'Bryansk Governor Alexander Bogomazov said ten drones were destroyed over the city and six in regions bordering it.',
      ['10 drone @ RU-BRY', '6 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (review: regions after a comma are a comparison, not the count's place)
    [
      'Drones attacked the Kursk region overnight. Air defences destroyed 14 drones over the region, more than in regions to the east, the governor said.',
      ['14 drone @ RU-KRS'],
    ],
    // (second review: only as the first place after the count)
    [
      'Bryansk Governor Alexander Bogomazov said 14 drones were downed over the city in one of the heaviest attacks in regions near the border.',
      ['14 drone @ RU-BRY'],
    ],
    // (regions named after "of" are places)
    ['Air defences destroyed six drones over regions of Bryansk and Kursk.', ['6 drone @ RU-BRY+RU-KRS']],
  ]);
});

describe('a list told by a verb of listing right after a claim is its breakdown', () => {
  ruleFamily('listedBreakdown', [
    [
      'Russian air defences destroyed 125 drones overnight, the ministry said. The ministry listed 36 more over the Bryansk region, 27 over Voronezh and 15 over Belgorod.',
      ['125 drone @ country RU', '15 drone @ RU-BEL', '27 drone @ RU-VOR', '36 drone @ RU-BRY'],
    ],
    [
      'Russian air defences destroyed 125 drones overnight, the ministry said. It counted 36 over the Bryansk region, 27 over Voronezh and 15 over Belgorod.',
      ['125 drone @ country RU', '15 drone @ RU-BEL', '27 drone @ RU-VOR', '36 drone @ RU-BRY'],
    ],
  ]);
  identityRows([
    // (not what was launched, nor people)
    [
      'Russian air defences destroyed 125 drones overnight. The ministry listed 36 launched at the Bryansk region.',
      ['125 drone @ country RU'],
    ],
    [
      'Russian air defences destroyed 125 drones overnight. Officials counted 36 injured in Belgorod.',
      ['125 drone @ country RU'],
    ],
    // (nor with no claim just before)
    ['The ministry listed 36 over the Bryansk region, 27 over Voronezh and 15 over Belgorod.', []],
  ]);
});
