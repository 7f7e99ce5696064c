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
