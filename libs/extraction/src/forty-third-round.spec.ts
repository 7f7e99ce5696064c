/**
 * The forty-third round of extraction rules (issue 11, session 46): forms that passages modelled on fresh real news
 * showed (libs/extraction/README.md, "Forty-third round"). The first row of each switchable family fails with its rule
 * off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"fell to air defences" is a downing', () => {
  ruleFamily('fellToAirDefence', [
    [
      'The ministry said 31 of the drones fell to air defences over the Kursk region, 12 over Oryol and 5 over Tula.',
      ['12 drone @ RU-ORL', '31 drone @ RU-KRS', '5 drone @ RU-TUL'],
    ],
    ['The mayor said one drone fell to Russian air defences near Podolsk.', ['1 drone @ RU-MOS']],
    ["Two missiles fell to Ukraine's anti-aircraft units over the Odesa region overnight.", ['2 missile @ UA-51']],
  ]);
  identityRows([
    ['Nineteen drones fell prey to Ukrainian air defence units over the Sumy region overnight.', ['19 drone @ UA-59']],
    // (a fall with no air defence after "to" is no downing)
    ['Two drones fell to the ground near a school in the Kursk region.', []],
    ['Debris of one drone fell to earth in a field in the Oryol region.', []],
  ]);
});

describe('a part of a set just downed that "fell over" a place was downed there', () => {
  ruleFamily('fellOverPart', [
    [
      'Air defences destroyed 80 drones overnight, the ministry said. Of those, 41 fell over the Bryansk region and 22 over Kaluga.',
      ['22 drone @ RU-KLU', '41 drone @ RU-BRY', '80 drone @ country RU'],
    ],
    [
      'Russian air defences brought down five drones above Crimea, the head of the region said. One fell over the north of Crimea and the other four over its east.',
      ['1 drone @ UA-43', '4 drone @ UA-43', '5 drone @ UA-43'],
    ],
  ]);
  identityRows([
    // (a single "fell over" a place after a downed set, not its part by the sentence's counts: where debris fell)
    [
      'Air defences destroyed five drones above the Belgorod region. One drone fell over a residential area and damaged a roof.',
      ['5 drone @ RU-BEL'],
    ],
    // (a part of a set its own sentence names, the launched one, that fell and did damage: review)
    [
      'Air defence shot down 10 missiles over the Kyiv region, the air force said. Of the 14 missiles Russia fired, four fell over the Kyiv region and hit homes.',
      ['10 missile @ UA-32'],
    ],
    // (a part of the rest, not of the downed set: second review)
    [
      "Ukraine's air force said it shot down 30 of the 42 drones over the Kharkiv region. Of the rest, eight fell over open ground in the region without causing damage.",
      ['30 drone @ UA-63'],
    ],
    // (a part that "fell on" a house is not told as downed over a place)
    [
      'Air defences destroyed 12 drones over the Voronezh region. Of those, three fell on houses in the city.',
      ['12 drone @ RU-VOR'],
    ],
  ]);
});

describe("a capital's air force or general staff is its country's", () => {
  ruleFamily('capitalAirForce', [
    [
      "Air defence brought down 18 drones and 6 missiles that Russia fired overnight, Kyiv's air force said on Telegram.",
      ['18 drone @ country UA', '6 missile @ country UA'],
    ],
    ["Moscow's general staff said 14 drones had been shot down.", ['14 drone @ country RU']],
  ]);
  identityRows([
    // (an institution of the capital's air force is in the city: review)
    [
      "Drones targeted Moscow's air force academy overnight, and air defences shot down three of them.",
      ['3 drone @ RU-MOW'],
    ],
    // (a capital's air defences are the city's)
    ["Kyiv's air defences shot down 16 drones overnight.", ['16 drone @ UA-30']],
  ]);
});

describe('a place right after "launched over" or "fired above" is where the threats were launched', () => {
  ruleFamily('launchedOver', [
    [
      "Ukraine's air force said its units destroyed 13 cruise missiles launched over the Caspian Sea.",
      ['13 missile @ country UA'],
    ],
    ["Ukraine's air force shot down four missiles fired above the Sea of Azov.", ['4 missile @ country UA']],
  ]);
  identityRows([
    // (a launcher with "over" after it keeps the place as where they were stopped, as before)
    [
      'Russian air defences shot down 7 rockets fired from HIMARS launchers over the Belgorod region on Monday, the ministry said.',
      ['7 rocket @ RU-BEL'],
    ],
    ['Air defence destroyed 11 missiles over the Odesa region, launched by ships at sea.', ['11 missile @ UA-51']],
    // (a city after "launched over" is no launch area: only a sea is; review)
    ['Air defence shot down 14 drones launched over Kyiv overnight, the air force said.', ['14 drone @ UA-30']],
  ]);
});

describe('impacts counted are no threats downed', () => {
  ruleFamily('weaponImpacts', [
    [
      "Ukraine's air defence shot down or suppressed 48 drones, the air force said, in a report that also listed nine drone impacts and two ballistic missile impacts at seven locations.",
      ['48 drone @ country UA'],
    ],
    [
      "Ukraine's air defence downed 40 drones; 12 drone hits were recorded at five locations.",
      ['40 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (threats downed with "hits" nowhere near stay)
    ['Air defence downed 40 drones and 3 missiles over the Kharkiv region.', ['3 missile @ UA-63', '40 drone @ UA-63']],
  ]);
});

describe('a single over the country in the lede is the one a later sentence places', () => {
  const lede =
    'Ukrainian air defence brought down one enemy drone overnight, the regional administration said.\n\nRussian troops shelled 16 villages over the past day.\n\nTwo houses were damaged in Beryslav.\n\nA filling station was hit in Antonivka.\n\nThe head of the administration said air defence forces destroyed one Shahed over the Kherson region during the night.';
  ruleFamily('ledeSinglePlacedLater', [[lede, ['1 drone @ UA-65']]]);
  identityRows([
    // (a later single with a time of its own, "two days earlier", is another event: second review)
    [
      'Russian air defences shot down a Ukrainian drone overnight, the ministry said.\n\nNo damage was reported.\n\nFlights at two airports were briefly halted.\n\nTwo days earlier, a drone was shot down over the Kaluga region.',
      ['1 drone @ RU-KLU', '1 drone @ country RU'],
    ],
    // (a later single told as a later or separate event stays a claim of its own)
    [
      "Ukraine's air force shot down a Russian Su-25 jet on Monday, its commander said.\n\nIt was the third such jet this week.\n\nRussia did not comment.\n\nAnalysts said the losses were heavy.\n\nSeparately, a brigade said its troops had downed a Russian Mi-8 helicopter near Izium in the Kharkiv region.",
      ['1 aircraft @ UA-63', '1 aircraft @ country UA'],
    ],
    [
      "Ukraine's air force said it shot down a Russian missile overnight.\n\nRussia launched 30 drones as well.\n\nPower was cut in two cities.\n\nLast week, a missile was shot down over the Lviv region, the governor said.",
      ['1 missile @ UA-46', '1 missile @ country UA'],
    ],
    [
      "Ukraine's air force said it shot down a cruise missile overnight.\n\nIt said Russia had launched 40 drones at the country.\n\nThe governor said 12 drones were destroyed over the Odesa region.\n\nLater, a cruise missile was shot down over the Mykolaiv region, he added.",
      ['1 missile @ UA-48', '1 missile @ country UA', '12 drone @ UA-51'],
    ],
  ]);
});

describe('a bare count whose own clause names a whole country is over that country', () => {
  ruleFamily('ownCountryPlace', [
    [
      'Russian air defences destroyed three drones above Crimea overnight, plus 57 more over Russian territory, the ministry said.',
      ['3 drone @ UA-43', '57 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (a country further on in the clause, or a part of it, is not the count's: review)
    [
      "Air defences destroyed eight drones over the Kharkiv region and three more over the city in Ukraine's north-east, the air force said.",
      ['3 drone @ UA-63', '8 drone @ UA-63'],
    ],
    // (a clause that goes back to the place before keeps it: second review)
    [
      "Russian air defences destroyed 14 drones over the Bryansk region overnight and five more over Russian soil near the region's border with Ukraine, the ministry said.",
      ['14 drone @ RU-BRY', '5 drone @ RU-BRY'],
    ],
    // (a region in its own clause places it there, as before)
    [
      'Russian air defences destroyed three drones above Crimea overnight and 57 more over the Belgorod region, the ministry said.',
      ['3 drone @ UA-43', '57 drone @ RU-BEL'],
    ],
  ]);
});

describe('"the fourth" after a count of three in its sentence is one more', () => {
  ruleFamily('theNextOrdinal', [
    [
      'Three of the drones were brought down over the Kursk region, while the fourth was destroyed above Belgorod, the ministry said.',
      ['1 drone @ RU-BEL', '3 drone @ RU-KRS'],
    ],
    [
      'Two of the missiles were shot down over the Kyiv region, the air force said, and the third over Cherkasy.',
      ['1 missile @ UA-71', '2 missile @ UA-32'],
    ],
  ]);
  identityRows([
    // (the last of a set that got through, and a date's ordinal, are no count: second review)
    [
      'Three of the four missiles were shot down over the Dnipropetrovsk region, the air force said, while the fourth hit an industrial site.',
      ['3 missile @ UA-12'],
    ],
    [
      'Air defences destroyed two drones over the Oryol region on May 2, the governor said, and on the third another four over the region.',
      ['2 drone @ RU-ORL', '4 drone @ RU-ORL'],
    ],
    // (an ordinal of an attack, or of a set, is no count)
    [
      "Ukraine's air force said two drones hit Kyiv overnight, the third attack this week, and one drone was shot down over the Kyiv region.",
      ['1 drone @ UA-32'],
    ],
    [
      "Ukraine's air force said it shot down 30 drones, a third of them over the Kyiv region.",
      ['30 drone @ country UA'],
    ],
  ]);
});

describe('"destroyed one of them" is one downed', () => {
  ruleFamily('oneOfThemObject', [
    [
      'Russia sent attack drones toward the Mykolaiv region overnight. Air defence units destroyed one of them, and its debris damaged a house.',
      ['1 drone @ UA-48'],
    ],
  ]);
  identityRows([
    // (a drone that destroyed one of a set on the ground is no air defence: second review)
    [
      'Two Su-34 bombers were parked at an airfield in the Rostov region. A Ukrainian drone destroyed one of them, the ministry said.',
      [],
    ],
    // (one of them with a verb of its own that is no downing)
    ['Russia sent attack drones toward the Mykolaiv region overnight. One of them hit a house, the governor said.', []],
  ]);
});

describe('"brought the missile down onto homes" tells where it fell', () => {
  ruleFamily('downOnto', [
    [
      'Air defence worked over the Lviv region overnight, the administration said. But what brought the missile down onto homes in the region is still unknown.',
      [],
    ],
  ]);
  identityRows([
    // (air defence that brought a drone down onto a field downed it: only an unknown cause is vetoed; second review)
    [
      'Air defence crews brought the drone down onto an empty field in the Kaluga region, the governor said.',
      ['1 drone @ RU-KLU'],
    ],
    [
      "Ukraine's air defence brought the missile down over the Lviv region, the administration said.",
      ['1 missile @ UA-46'],
    ],
  ]);
});
