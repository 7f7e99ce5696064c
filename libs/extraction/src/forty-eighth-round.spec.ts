/**
 * The forty-eighth round (issue 11, session 51), from the dev halves of fresh batches (xw–ym): threats with a verb
 * of their own after ", and", parts of a land and targets with others beside them, launchers named in words, "the
 * others over …", a count's own impact, counts told by states outside this war, air battles, "one more Russian Su-34",
 * reports in the media called false, articles inside hyphened compounds, a second verb phrase after the first's place,
 * missile positions, forces in the plural present, people hurt, blasts that rock a place, breakdowns after "specified
 * that", compass parts of a country and acts all but done (libs/extraction/README.md, "Forty-eighth round"). The
 * first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"…, and Ukrainian army drones were likewise destroyed over …": threats with a modifier and a verb of their own open a clause', () => {
  ruleFamily('threatsClause', [
    [
      'Russian air defence systems intercepted and destroyed 17 drones over Bryansk Oblast, and Ukrainian army drones were likewise intercepted and destroyed over the Belgorod, Voronezh and Kursk oblasts.',
      ['17 drone @ RU-BRY'],
    ],
    [
      'Air defence destroyed 9 drones over the Kursk region, and Ukrainian attack drones were also shot down over the Oryol region.',
      ['9 drone @ RU-KRS'],
    ],
  ]);
});

describe('a count over "parts of" a land is not placed by the one place an attack before it targeted', () => {
  ruleFamily('partsOfWider', [
    [
      'Ukraine attacked Moscow on Sunday with dozens of drones, the biggest attack on the capital. Russian air defences destroyed 37 more drones over other parts of western Russia within three hours, the defence ministry said.',
      ['37 drone @ country RU'],
    ],
    [
      'Ukrainian drones attacked Kazan overnight. Air defence crews destroyed 12 drones over parts of the Volga region, the ministry said.',
      ['12 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (with no "parts of", the attack's one target still places the count)
    [
      'Ukrainian drones attacked Kazan overnight. Four UAVs were destroyed by duty air-defence crews.',
      ['4 drone @ RU-TA'],
    ],
  ]);
});

describe('a target named with "and other cities" beside it does not place the parts of the set', () => {
  ruleFamily('andOtherTargets', [
    [
      'Russia launched 134 drones at Kyiv and other cities of Ukraine. Of these, the air force shot down 52 drones, officials said.',
      ['52 drone @ country UA'],
    ],
    [
      'Russia fired 40 missiles at Odesa as well as several other regions overnight. Air defence destroyed 31 of them.',
      ['31 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (a set sent at one place still places its parts there)
    ['Russia launched 22 drones at Crimea. Fifteen were shot down.', ['15 drone @ UA-43']],
  ]);
});

describe('missiles "launched from" a launcher named in words are rockets (claims.md, edge case 8)', () => {
  ruleFamily('rocketSystemNamed', [
    [
      'According to the occupation authorities in Melitopol, air defences brought down seven missiles launched from the U.S.-supplied M142 High Mobility Artillery Rocket System, or Himars.',
      ['7 rocket @ UA-23'],
    ],
    [
      'Russian air defence shot down four missiles fired by a multiple rocket launcher over the Belgorod region.',
      ['4 rocket @ RU-BEL'],
    ],
  ]);
  identityRows([
    // (missiles fired from an aircraft stay missiles)
    ['Ukrainian air defence shot down two missiles fired from a Su-34 bomber.', ['2 missile @ country UA']],
  ]);
});

describe('"and the others over …" with a place of their own open a clause, as "and the rest" does', () => {
  ruleFamily('othersRemainder', [
    [
      'The statement said 281 drones were destroyed overnight, of which 37 were brought down over Moscow and the others over the Bryansk, Kaluga and Tula regions.',
      ['281 drone @ country RU', '37 drone @ RU-MOW'],
    ],
    [
      'Air defences shot down 12 drones over the Kursk region and the others over the Belgorod region.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // ("the others were jammed" names no place: the place before still is the count's)
    ['Air defences shot down 12 drones over the Kursk region and the others were jammed.', ['12 drone @ RU-KRS']],
  ]);
});

describe('a count whose own verb tells it falling onto or striking something takes no downing verb from the count before', () => {
  ruleFamily('ownImpactVerb', [
    [
      'The mayor wrote that four drones had been shot down in the Mozhaysk district of the Moscow region, while another UAV had fallen onto a building under construction.',
      ['4 drone @ RU-MOS'],
    ],
  ]);
  identityRows([
    // (a part that fell over a named place is still where it was downed)
    [
      'Air defence destroyed five drones over the Kursk region and another fell in the Belgorod region.',
      ['5 drone @ RU-KRS'],
    ],
  ]);
});

describe('a count told by a state outside this war, in a sentence naming none of its lands, is no claim', () => {
  ruleFamily('foreignStateActor', [
    [
      "Myanmar junta says downed 12 'terrorist' drones over capital. Ukraine said Friday it destroyed all 17 missiles from a new wave of overnight attacks on Kyiv.",
      ['17 missile @ UA-30'],
    ],
  ]);
  identityRows([
    // (a maker of the arms is no actor)
    ["Ukraine's air force said it shot down 25 Iranian-made drones.", ['25 drone @ country UA']],
  ]);
});

describe('an aircraft destroyed in an air battle, a dogfight or aerial combat was in the air', () => {
  ruleFamily('airBattle', [
    [
      'A Ukrainian MiG-29 fighter was destroyed in an air battle near Slavyansk, the Russian Defence Ministry spokesman told a briefing on Monday.',
      ['1 aircraft @ UA-14'],
    ],
  ]);
  identityRows([
    // (at an airfield it is still a loss on the ground)
    ['A Ukrainian MiG-29 fighter was destroyed at an airfield near Slavyansk, the Russian Defence Ministry said.', []],
  ]);
});

describe('"one more Russian Su-34": a side\'s adjective between "one more" and a type designator is part of the counted phrase', () => {
  ruleFamily('moreSideDesignator', [
    ['Ukrainian troops shot down one more Russian Su-34 near Izium, the governor said.', ['1 aircraft @ UA-63']],
    ['Ukrainian troops shot down two more Russian Ka-52 helicopters near Bakhmut.', ['2 aircraft @ UA-14']],
  ]);
});

describe('a report placed "in the media" and called false is denied', () => {
  ruleFamily('reportsInMedia', [
    [
      "Russia's Defence Ministry said on Thursday that reports in foreign media of a Russian plane supposedly downed over Ukraine were untrue.",
      [],
    ],
    ['The ministry said claims in the Western press that 30 drones were shot down over Moscow were false.', []],
  ]);
  identityRows([
    // (media that only carry the report deny nothing)
    ['The ministry said 30 drones were shot down over Moscow, media reports said.', ['30 drone @ RU-MOW']],
  ]);
});

describe('an article inside a hyphened compound counts nothing', () => {
  ruleFamily('hyphenedArticle', [["We intercepted the 'one-of-a-kind' Kinzhals, the air force said.", []]]);
  identityRows([['Air defence shot down a drone over Kyiv in a one-in-a-million shot.', ['1 drone @ UA-30']]]);
});

describe("a second verb phrase with no place of its own, right after the first one's place, is over that place", () => {
  ruleFamily('coordinatedVerbPlace', [
    [
      'Russian air defences had shot down 13 Ukrainian drones over the Belgorod region that day and intercepted 9 rockets.',
      ['13 drone @ RU-BEL', '9 rocket @ RU-BEL'],
    ],
    [
      'Russian air defences had shot down 13 drones of Ukraine over the Belgorod region that day and intercepted a total of 9 rockets.',
      ['13 drone @ RU-BEL', '9 rocket @ RU-BEL'],
    ],
  ]);
  identityRows([
    // (a place of its own is the second phrase's)
    [
      'Air defence destroyed 20 drones over the Kursk region and shot down two missiles over the Bryansk region.',
      ['2 missile @ RU-BRY', '20 drone @ RU-KRS'],
    ],
  ]);
});

describe('a position or battery of a missile system is ground equipment, not a missile (lexicon)', () => {
  identityRows([
    ['Russian forces destroyed a Patriot air-defence missile position in Kyiv.', []],
    ['Russian forces destroyed a missile battery near Kramatorsk.', []],
  ]);
});

describe("a side's forces as the subject of a downing verb in the plural present tell the defending side", () => {
  ruleFamily('forcesPresent', [['Russian forces bring down 31 drones', ['31 drone @ country RU']]]);
});

describe('"N others hurt" counts people, and takes no downing verb from the count before', () => {
  ruleFamily('othersHurt', [
    [
      'Russian air defences brought down dozens of Ukrainian drones heading for Moscow and nearly 160 more over several regions in overnight raids that left one person dead and five others hurt, officials said on Monday.',
      ['about 160 drone @ country RU'],
    ],
  ]);
  identityRows([
    // ("five others" with a place of their own are still threats)
    [
      'Air defence shot down 12 drones over the Kursk region and five others over the Belgorod region.',
      ['12 drone @ RU-KRS', '5 drone @ RU-BEL'],
    ],
  ]);
});

describe('blasts or explosions that rock a place open a clause of another event', () => {
  ruleFamily('blastsClause', [
    ['Russia downs 38 Ukrainian drones.. and heavy blasts rock Kyiv', ['38 drone @ country RU']],
    ['Ukraine downs 20 drones as explosions rock Odesa', ['20 drone @ country UA']],
  ]);
  identityRows([
    // (the count's own place stays)
    ['Air defence shot down 20 drones over Kyiv as explosions rocked the city.', ['20 drone @ UA-30']],
  ]);
});

describe('a breakdown told after "specified that", in the sentence after a claim, is read as one', () => {
  ruleFamily('specifiedThatPlaced', [
    [
      'During the night Russian air defence forces destroyed 19 Ukrainian drones over the regions of the Russian Federation. The Defence Ministry specified that four were over the territory of the Republic of Crimea, two over the Black Sea and three in the Rostov region.',
      ['19 drone @ country RU', '2 drone @ SEA-BLACK', '3 drone @ RU-ROS', '4 drone @ UA-43'],
    ],
  ]);
});

describe('a compass part of a whole country beside a region makes the count wider than the region', () => {
  ruleFamily('countryPartWider', [
    [
      "Russia's soldiers said they destroyed 66 Ukrainian unmanned aircraft in western Russia and in the Crimea region.",
      ['66 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (a compass part after the region only locates it)
    ['Air defence destroyed 12 drones over the Kursk region in western Russia.', ['12 drone @ RU-KRS']],
  ]);
});

describe('a downing "on the point / verge / brink of" is all but done, so no claim', () => {
  ruleFamily('onThePointOf', [
    [
      "Romania's defence minister said the F-16 fighters were on the point of shooting down the low-flying drone when it left the airspace and headed back towards Ukraine.",
      [],
    ],
    ['Polish jets were on the verge of downing two drones over Lublin.', []],
  ]);
  identityRows([['Polish jets shot down two drones over the Lublin region, the minister said.', ['2 drone @ PL-06']]]);
});
