/**
 * The forty-sixth round (issue 11, session 49): means "used to" down threats, an attribution after an aside, a sentence
 * that details the one before, a bare count "close to" a place, a capital "held responsible", and a second relative
 * clause on the same threats (libs/extraction/README.md, "Forty-sixth round"). The first row of each switchable family
 * fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('an active, past "used … to shoot down" reports what the means did', () => {
  ruleFamily('usedToDown', [
    ['Poland used two F-16 jets to shoot down three drones over the Lublin region overnight.', ['3 drone @ PL-06']],
    [
      'The navy employed its helicopters to bring down four naval-launched drones over the Black Sea, the ministry said.',
      ['4 drone @ SEA-BLACK'],
    ],
    [
      'Air defence crews had successfully used a Patriot battery to intercept two missiles over Kyiv.',
      ['2 missile @ UA-30'],
    ],
  ]);
  identityRows([
    // (a passive is what the means were sent for, a modal or a habit no report)
    ['Fighter jets were used to intercept six drones heading for the Gomel region.', []],
    ['Ukraine could have used the battery to shoot down five missiles over Kyiv.', []],
    ['Ukraine used to shoot down five drones a night over Kyiv.', []],
  ]);
});

describe('the sentence that attributes a claim may come after one short aside', () => {
  ruleFamily('anaphorAfterAside', [
    [
      'Air defence forces destroyed four drones overnight. Falling debris broke windows in a school. The head of the Rivne regional military administration reported this on Telegram.',
      ['4 drone @ UA-56'],
    ],
  ]);
  identityRows([
    // (an aside that speaks is a report of its own: the attribution after it is not read back past it)
    [
      'Air defence forces destroyed four drones overnight. The mayor said a school was hit. The head of the Rivne regional military administration reported this on Telegram.',
      ['4 drone @ country UA'],
    ],
  ]);
});

describe('"Specifically," details the sentence before, and is where it was', () => {
  ruleFamily('elaborationOpener', [
    [
      'The ministry said an attempted attack on facilities in the Tambov region had been thwarted overnight. Specifically, air defence systems intercepted six drones, four of which were destroyed in the air.',
      ['4 drone @ RU-TAM', '6 drone @ RU-TAM'],
    ],
    [
      'Drones again targeted energy sites in the Poltava region. In particular, the military shot down five of them.',
      ['5 drone @ UA-53'],
    ],
  ]);
  identityRows([
    // (a place of its own, or several before, leave it as it was)
    [
      'Drones targeted the Poltava and Sumy regions. In particular, the military shot down five of them.',
      ['5 drone @ country UA'],
    ],
    [
      'Drones targeted the Poltava region. In particular, the military shot down five drones over the Kharkiv region.',
      ['5 drone @ UA-63'],
    ],
  ]);
});

describe('a bare count "close to" or "next to" a place counts the thing in context', () => {
  ruleFamily('bareCloseTo', [
    [
      'Four of the drones were destroyed over the Tula region, and the other two close to Moscow, the mayor said.',
      ['2 drone @ RU-MOW', '4 drone @ RU-TUL'],
    ],
    [
      'Three drones were shot down over the Kursk region and two next to the city of Lipetsk.',
      ['2 drone @ RU-LIP', '3 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // (a number before "close to" that counts no threat stays none)
    ['The front line is now 15 close to the town, officials said.', []],
  ]);
});

describe('a capital "held responsible" is its government, not a place', () => {
  ruleFamily('heldResponsible', [
    [
      "Two drones were shot down as they flew towards the capital, Moscow's mayor said, holding Kyiv responsible.",
      ['2 drone @ RU-MOW'],
    ],
    [
      'Five drones were destroyed over the Oryol region, the governor said, holding Kyiv fully accountable.',
      ['5 drone @ RU-ORL'],
    ],
  ]);
});

describe('a second relative clause on the same threats goes on telling them', () => {
  ruleFamily('secondRelative', [
    [
      'Air defences destroyed four Storm Shadow missiles that Britain had supplied to Ukraine and that Kyiv fired at the Crimean peninsula.',
      ['4 missile @ UA-43'],
    ],
  ]);
  identityRows([
    // ("and that" after a speaker's words stays a cut)
    [
      'The ministry said air defences destroyed four missiles over the Bryansk region and that debris hit a farm in Kursk.',
      ['4 missile @ RU-BRY'],
    ],
  ]);
});

describe('a part larger than one is of the set named before a single threat', () => {
  ruleFamily('partOfLargerSet', [
    [
      'Russia launched 52 attack drones and a ballistic missile at Ukraine overnight. Air defence shot down 37 of them.',
      ['37 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (one of them may be the single threat)
    [
      'Russia launched 52 attack drones and a ballistic missile at Ukraine overnight. Air defence shot down one of them.',
      ['1 missile @ country UA'],
    ],
  ]);
});

describe('a capital as the subject of using its weapons is its government', () => {
  ruleFamily('capitalUses', [
    [
      "The ministry put the night's total at 64 Ukrainian drones intercepted over several regions, proof of how freely Kyiv now uses drones.",
      ['64 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (the capital after a preposition stays a place)
    ['Air defence destroyed 12 drones over Kyiv, where Russia uses drones almost nightly.', ['12 drone @ UA-30']],
  ]);
});

describe('", which were destroyed" after a pair of counts tells both downed', () => {
  ruleFamily('pairWhichRelative', [
    [
      'The air force said the overnight attack included nine Shahed drones and three cruise missiles, which were destroyed.',
      ['3 missile @ country UA', '9 drone @ country UA'],
    ],
  ]);
  identityRows([
    // (a relative clause of another kind leaves both unclaimed)
    [
      'The air force said the overnight attack included nine Shahed drones and three cruise missiles, which were fired from the Black Sea.',
      [],
    ],
  ]);
});

describe('a country that "sent" threats is the attacker, and where it sent them places their parts', () => {
  ruleFamily('sentAttacker', [
    [
      'Russia sent 52 attack drones against Ukraine overnight. Air defence shot down 37 of them.',
      ['37 drone @ country UA'],
    ],
    [
      'Ukraine sent dozens of drones towards Moscow. Air defence destroyed 14 of them, the mayor said.',
      ['14 drone @ country RU'],
    ],
  ]);
  ruleFamily('sentTarget', [
    [
      'At dawn Ukraine had sent 19 kamikaze drones against the Crimean peninsula. Air-defence systems destroyed 12 of them.',
      ['12 drone @ UA-43'],
    ],
  ]);
  identityRows([
    // (a sending with no country named tells no attacker; a part of another weapon is not the set's)
    [
      'At dawn Ukraine had sent 19 kamikaze drones against the Crimean peninsula. Air-defence systems destroyed two missiles.',
      ['2 missile @ country RU'],
    ],
  ]);
});

describe('"every single" is all of them, not one', () => {
  ruleFamily('everySingle', [["Ukraine's air force said it intercepted every single Kinzhal overnight.", []]]);
  identityRows([["Ukraine's air force said it intercepted a single Kinzhal over Kyiv.", ['1 missile @ UA-30']]]);
});

describe('a bracketed abbreviation between the threats and "of Ukraine" leaves the country their owner', () => {
  ruleFamily('bracketedOwner', [
    [
      "Russia's defence ministry said air defence systems destroyed 41 unmanned aerial vehicles (UAVs) of Ukraine overnight.",
      ['41 drone @ country RU'],
    ],
  ]);
});

describe('an aircraft counted before a verb of downing is the interceptor, not the threat', () => {
  ruleFamily('interceptorNotThreat', [
    [
      "Ukraine's air force said one F-16 spent its missiles on cruise missiles and then used its cannon to shoot down two more.",
      ['2 missile @ country UA'],
    ],
  ]);
});

describe('a count detected, then downed as "it" or "them" after "and"', () => {
  ruleFamily('detectedAndDowned', [
    [
      "Russia's defence ministry said air defence detected two Ukrainian drones over the Ryazan region and destroyed them.",
      ['2 drone @ RU-RYA'],
    ],
    [
      'The governor said air defence picked up a Ukrainian drone over the Ryazan region in good time and shot it down.',
      ['1 drone @ RU-RYA'],
    ],
  ]);
  identityRows([
    // (a verb after "and" that does not down them leaves the count seen only)
    [
      "Russia's defence ministry said radars detected two Ukrainian drones over the Ryazan region and tracked them for an hour.",
      [],
    ],
  ]);
});
