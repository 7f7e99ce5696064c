/**
 * The fiftieth round (issue 11, session 53): the dev halves of fresh batches (zm–zt) (libs/extraction/README.md,
 * "Fiftieth round"). The first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"unmanned vehicles" without "aerial" are drones to a later bare count', () => {
  ruleFamily('unmannedVehicles', [
    [
      'Ukraine: Air defence shot down 55 of 63 drones. The attack was repelled with aviation, anti-aircraft missiles and electronic warfare. Of the neutralised unmanned vehicles, 42 were of the Iranian Shahed model.',
      ['42 drone @ country UA', '55 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (sea vehicles stay naval)
    ['Russian forces destroyed three unmanned surface vehicles in the Black Sea, the ministry said.', []],
  ]);
});

describe('a bare "over / above the waters" is the sea the article names', () => {
  ruleFamily('theWaters', [
    [
      'Air defence forces destroyed six Ukrainian drones above the waters of the Black Sea, the ministry said. On 1 April the ministry said air defence forces had intercepted seven drones above the waters.',
      ['6 drone @ SEA-BLACK', '7 drone @ SEA-BLACK'],
    ],
  ]);
  identityRows([
    // (the waters of a place named after them are that place's, read as before)
    [
      'Russian air defences intercepted seven drones above the waters near Sevastopol, the governor said.',
      ['7 drone @ UA-40'],
    ],
  ]);
});

describe("an aside that names only a reference point says where the officials' place lies", () => {
  ruleFamily('referenceAside', [
    [
      'Meanwhile, officials in the Novgorod region, directly south of the Leningrad region, said four drones had been shot down above that region.',
      ['4 drone @ RU-NGR'],
    ],
  ]);
  identityRows([
    // (a reference point after the count is still read as one)
    ['Four drones were shot down 30 km south of the Leningrad region border, officials said.', ['4 drone @ RU-LEN']],
  ]);
});

describe('"N more" after the preposition of an earlier count of places counts places', () => {
  ruleFamily('morePlacesAfter', [
    [
      "Ukraine's air force said it had neutralised ninety of the drones. The authorities recorded hits by Russian drones at 12 locations, and fragments of downed drones fell at four more.",
      ['90 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (more threats after a preposition with no count of places before it are still threats)
    [
      'Air defence shot down 12 drones over Kyiv. Two more were destroyed in the Kyiv region, and two more in the Zhytomyr region.',
      ['12 drone @ UA-30', '2 drone @ UA-18', '2 drone @ UA-32'],
    ],
    // ("one more provocation" counts no threat, as "one more attack" does)
    [
      'One more provocation by the Kiev regime has been thwarted, the governor wrote. Air defences brought down two ATACMS missiles over the Sea of Azov.',
      ['2 missile @ SEA-AZOV'],
    ],
  ]);
});

describe('the region after "districts of" an attacked place is where that target lies', () => {
  ruleFamily('attackedDistrictsOf', [
    [
      'Overnight, the occupiers kept up their attacks on the Nikopol and Synelnykivskyi districts of Dnipropetrovsk region. Ukrainian air defence forces reacted quickly and destroyed four enemy drones.',
      ['4 drone @ UA-12'],
    ],
  ]);
  identityRows([
    // (districts of two regions are no one target)
    [
      'Overnight, Russia attacked the Nikopol district of Dnipropetrovsk region and the Izium district of Kharkiv region. Air defence destroyed four drones.',
      ['4 drone @ country UA'],
    ],
  ]);
});

describe('aircraft destroyed right after a strike told on an airfield are lost on the ground', () => {
  ruleFamily('airfieldStruckBefore', [
    [
      'The Security Service of Ukraine says drones flown by Ukrainian units struck the Kirovske military airfield in occupied Crimea, wiping out two Russian helicopters along with an air defence system.',
      [],
    ],
  ]);
  identityRows([
    // (threats shot down in the air near an airfield are claims)
    [
      'Ukrainian drones attacked the Belbek airfield overnight, and air defences shot down five of them over Sevastopol.',
      ['5 drone @ UA-40'],
    ],
  ]);
});

describe('the set of which "almost all" were downed is no count downed', () => {
  ruleFamily('nearlyAllOf', [['President Zelensky said almost all of the 72 flying objects had been shot down.', []]]);
  identityRows([
    // ("all 72" is 72)
    ['President Zelensky said all 72 drones had been shot down.', ['72 drone @ country UA']],
  ]);
});

describe('a verbless list line reads "unmanned aircraft" after its first count, before a dash', () => {
  ruleFamily('twoWordNounList', [
    [
      'Air defence assets intercepted and destroyed 86 Ukrainian unmanned aerial vehicles overnight.\n49 unmanned aircraft – over the territory of the Belgorod region, 14 – over the Lipetsk region, ten – over the territory of the Rostov region.',
      ['10 drone @ RU-ROS', '14 drone @ RU-LIP', '49 drone @ RU-BEL', '86 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (a sentence with a verb of its own is no list line)
    [
      'Air defence destroyed 12 drones over the Kursk region overnight. One unmanned aircraft blew up in the settlement of Dokuchaevo, the governor said.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
});

describe('"unmanned aircraft and drones" is one drone count', () => {
  ruleFamily('uncrewedAircraftAnd', [
    [
      'Ukraine: By 08:00, 108 Shahed-type attack unmanned aircraft and drones of other types have been confirmed downed over the Kharkiv region.',
      ['108 drone @ UA-63'],
    ],
  ]);
  identityRows([
    // (crewed aircraft and drones stay a mixed count)
    ['Ukraine: Air defence shot down 12 aircraft and drones over the Kharkiv region.', ['12 unknown @ UA-63']],
  ]);
});

describe("a count before the next item's fronted place goes on with the list to its verb", () => {
  ruleFamily('frontedPlaceItems', [
    [
      'Russia: the ministry said that over the Krasnodar region five drones and over the Republic of Adygea three drones were destroyed.',
      ['3 drone @ RU-AD', '5 drone @ RU-KDA'],
    ],
  ]);
  identityRows([
    // (a count with its own verb keeps it)
    [
      'Russia: air defences shot down five drones over the Krasnodar region, and over the Republic of Adygea three drones were destroyed.',
      ['3 drone @ RU-AD', '5 drone @ RU-KDA'],
    ],
  ]);
});

describe('a capital opening a sentence with "went after" is the government attacking', () => {
  ruleFamily('capitalOpensWentAfter', [
    [
      'Kiev went after the Russian capital with eleven unmanned aerial vehicles in the early hours of Tuesday, and every one of the drones was brought down, the Russian Defense Ministry stated.',
      ['11 drone @ RU-MOW'],
    ],
  ]);
  identityRows([
    // (a headline's passive keeps the city)
    ['Kyiv shelled overnight: air defence shot down 12 drones over the city.', ['12 drone @ UA-30']],
  ]);
});

describe('air targets "hit" in a place are downed there, and parts adding up to a total take its weapon', () => {
  ruleFamily('targetsHitIn', [
    [
      'Russian air defences destroyed 10 Ukrainian drones overnight. Ten of the air targets were hit in the Krasnodar Region.',
      ['10 drone @ country RU', '10 unknown @ RU-KDA'],
    ],
  ]);
  ruleFamily('unknownPartsOfTotal', [
    [
      'Air defence systems on duty intercepted and destroyed 17 Ukrainian UAVs overnight. Ten of the air targets were destroyed in the Krasnodar Region, six in the Belgorod Region and one in the Bryansk Region.',
      ['1 drone @ RU-BRY', '10 drone @ RU-KDA', '17 drone @ country RU', '6 drone @ RU-BEL'],
    ],
  ]);
  identityRows([
    // (targets that do not add up to the total stay of no named kind)
    [
      'Air defence systems on duty intercepted and destroyed 17 Ukrainian UAVs overnight. Ten of the air targets were destroyed in the Krasnodar Region, six in the Belgorod Region.',
      ['10 unknown @ RU-KDA', '17 drone @ country RU', '6 unknown @ RU-BEL'],
    ],
  ]);
});

describe('a count after "all but" is of the threats not downed', () => {
  ruleFamily('allButCount', [['Ukraine: Ukrainian forces shot down all but 12 of the drones launched that day.', []]]);
  identityRows([
    ['Ukraine: Ukrainian forces shot down all 12 of the drones launched that day.', ['12 drone @ country UA']],
  ]);
});

describe('a sentence opening on an earlier report is not placed by the attack told before it', () => {
  ruleFamily('earlierReportOpener', [
    [
      'The Kyiv region came under attack by kamikaze drones overnight, the governor said. Earlier, Ukraine reported the destruction of 17 kamikaze drones during the past day.',
      ['17 drone @ country UA'],
    ],
  ]);
  identityRows([
    [
      'The Kyiv region came under attack by kamikaze drones overnight, the governor said. Ukraine reported the destruction of 17 kamikaze drones.',
      ['17 drone @ UA-32'],
    ],
  ]);
});

describe('"rendered … harmless" with the count between is a downing', () => {
  ruleFamily('renderedObjectHarmless', [
    [
      "According to Moscow's mayor, Sergei Sobolev, Russian air defence alone rendered at least 18 Ukrainian drones harmless on their approach to Moscow.",
      ['at_least 18 drone @ RU-MOW'],
    ],
  ]);
  identityRows([
    // (what was made harmless with no count is no claim)
    ['The police made the area harmless after 12 hours of work.', []],
  ]);
});

describe('"another N" closed by a time is a bare count of the threats before', () => {
  ruleFamily('additiveTimeBare', [
    [
      "Russia's defence ministry said its air defences shot down six Ukrainian drones during the night and another 17 this morning.",
      ['17 drone @ country RU', '6 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (a time of day after a plain number is no count)
    [
      "Russia's defence ministry said its air defences shot down six Ukrainian drones at 7 this morning.",
      ['6 drone @ country RU'],
    ],
  ]);
});

describe("a demonym in an apposition says what the official's place is", () => {
  ruleFamily('demonymApposition', [
    [
      'More than 45 Ukrainian drones had been destroyed over the course of the day, the governor of Voronezh, a Russian region on the border with Ukraine, reported.',
      ['more_than 45 drone @ RU-VOR'],
    ],
  ]);
  identityRows([
    [
      'More than 45 Ukrainian drones had been destroyed over Russian regions, the ministry reported.',
      ['more_than 45 drone @ country RU'],
    ],
  ]);
});

describe("a country as the subject of the count's own downing is not placed by the official before", () => {
  ruleFamily('countryDownsCount', [
    ["9:25am: Kyiv mayor reports 'explosion', Ukraine downs 16 missiles", ['16 missile @ country UA']],
  ]);
  identityRows([["9:25am: Kyiv mayor reports 'explosion', air defence downs 16 missiles", ['16 missile @ UA-30']]]);
});

describe('"over another region" leaves the course unplaced', () => {
  ruleFamily('anotherRegion', [
    [
      'Ukraine: One more drone, which was flying in the direction of Lviv region, was eliminated over another region in the west of Ukraine.',
      ['1 drone @ country UA'],
    ],
  ]);
  identityRows([
    ['Ukraine: One more drone, which was flying in the direction of Lviv region, was eliminated.', ['1 drone @ UA-46']],
  ]);
});

describe('a list of launch directions after a colon tells no side', () => {
  ruleFamily('directionsColon', [
    [
      '"The enemy attacked with 87 Shahed-type attack UAVs from the directions: Bryansk, Kursk, Millerovo, Primorsko-Akhtarsk RF", the Air Force noted. As of 08:30, air defence has shot down or suppressed 63 enemy drones in the north, south and east of the country.',
      ['63 drone @ country UA'],
    ],
  ]);
  identityRows([
    [
      '"The enemy attacked with 87 Shahed-type attack UAVs from the directions of Bryansk and Kursk", the Air Force noted. As of 08:30, air defence has shot down or suppressed 63 enemy drones in the north, south and east of the country.',
      ['63 drone @ country UA'],
    ],
  ]);
});

describe('a count its own clause tells as "locationally lost" is no interception', () => {
  ruleFamily('locationallyLost', [
    [
      "Ukraine: According to information as of 9.00, air defence destroyed 36 of the occupiers' UAVs, 19 were knocked off course (locationally lost).",
      ['36 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (a count before "and" keeps its own clause)
    ['Ukraine: The command said that 23 Shaheds had been downed and 24 lost in location.', ['23 drone @ country UA']],
  ]);
});

describe('a bracketed count after its place with a generic noun', () => {
  ruleFamily('bracketedGenericNoun', [
    [
      'Russia: The drones were shot down over the waters of the Black Sea (25 craft), over Crimea (six).',
      ['25 drone @ SEA-BLACK', '6 drone @ UA-43'],
    ],
  ]);
  identityRows([
    [
      'Russia: The drones were shot down over the Black Sea (25 drones), over Crimea (six).',
      ['25 drone @ SEA-BLACK', '6 drone @ UA-43'],
    ],
  ]);
});

describe('a count before ", … of which" takes the weapon of the plural head before the comma', () => {
  ruleFamily('countOfWhichNoun', [
    [
      'Ukraine: The missiles, three of which were shot down, were aimed at northern regions, the air force said, while the drones, 12 of which were brought down, came in from several directions.',
      ['12 drone @ country UA', '3 missile @ country UA'],
    ],
  ]);
});

describe('a generic capital the threats were aimed at is that of the side their origin attacks', () => {
  ruleFamily('originAimedCapital', [
    [
      'According to Ukrainian authorities, its anti-aircraft defence destroyed eleven Russian missiles directed at the capital.',
      ['11 missile @ UA-30'],
    ],
  ]);
  identityRows([
    [
      'Russian air defences destroyed eleven Ukrainian drones directed at the capital, the mayor said.',
      ['11 drone @ RU-MOW'],
    ],
  ]);
});

describe("a sentence opening on a year before the article's is that year's tally", () => {
  ruleFamily('pastYearTally', [
    [
      "In 2024 Ukraine's defence forces shot down over 12.7 thousand Russian missiles and attack UAVs, the Air Force said.",
      [],
    ],
  ]);
  identityRows([
    // (the article's own year is tonight's)
    [
      'In 2025 the defence forces shot down 12 drones over Kyiv on Tuesday night, the Air Force said.',
      ['12 drone @ UA-30'],
    ],
  ]);
});

describe("a sea's name that describes the land on its shore is no place of its own", () => {
  ruleFamily('seaOfShore', [
    [
      'Russia: 14 drones had been intercepted over the annexed Black Sea peninsula of Crimea, the ministry said.',
      ['14 drone @ UA-43'],
    ],
  ]);
  identityRows([
    [
      'Russia: 14 drones had been intercepted over the Black Sea and Crimea, the ministry said.',
      ['14 drone @ SEA-BLACK+UA-43'],
    ],
  ]);
});

describe('a total\'s "in all" before a relative clause is read past to its verb', () => {
  ruleFamily('inAllRelative', [
    [
      'Going by the figures Sobolev has published, seven drones in all that were flying towards the Russian capital were downed in the small hours of Wednesday.',
      ['7 drone @ RU-MOW'],
    ],
  ]);
  identityRows([
    [
      'Seven drones that were flying towards the Russian capital were downed in the small hours of Wednesday.',
      ['7 drone @ RU-MOW'],
    ],
  ]);
});
