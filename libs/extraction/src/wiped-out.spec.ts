/**
 * "wiped out 23 drones" reports a downing as "took out" and "knocked out" do (found on the fresh dev half of `sd`),
 * and like them it is a ground loss after a strike, and no interception when the weapon is its subject: a particle
 * verb's object is read past its particle (polarity.ts withParticle).
 */
import { identityRows } from '../test/identities';

describe('"wiped out" is a downing verb', () => {
  identityRows([
    ['Air defences wiped out 23 drones over the Kursk region overnight.', ['23 drone @ RU-KRS']],
    ['Twelve drones were wiped out over the Bryansk region, the governor said.', ['12 drone @ RU-BRY']],
  ]);
});

describe('"wiped out" of what a weapon or a strike destroyed is no interception', () => {
  identityRows([
    ['A long-range Kalibr had wiped out a munitions depot in the Lviv region, Moscow claimed.', []],
    ['A Ukrainian strike wiped out four helicopters at an airfield in the Luhansk region.', []],
    ['Ukrainian drones wiped out an oil depot in the Bryansk region.', []],
  ]);
});
