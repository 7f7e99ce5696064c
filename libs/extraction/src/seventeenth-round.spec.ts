/**
 * The seventeenth round's structures (README, "Seventeenth round": the `sk` batch's dev errors by cause), each with
 * invented sentences (no corpus sentence) and a row where the rule could reach too far.
 */
import { identityRows } from '../test/identities';

describe("a month told as a whole, or the attacker's total to date, is a tally (no claim)", () => {
  identityRows([
    [
      'In March, interceptor drones flew some 5,200 sorties and destroyed well over 1,300 Russian drones of various types.',
      [],
    ],
    [
      'Russia has so far sent 4,100 Shahed drones against Ukraine, of which 3,200 were shot down, the air force said.',
      [],
    ],
    // a day in the opener dates one night
    ['On March 3, air defences shot down 12 drones over Kyiv.', ['12 drone @ UA-30']],
    // "so far" tonight is the night's running total
    ['Russia has so far launched 40 drones tonight, of which 31 were shot down.', ['31 drone @ country UA']],
  ]);
});

describe('an adverb between the attacker and its verb ("Russia also fired …") still names the attacker', () => {
  identityRows([['Russia also fired 12 missiles, of which 10 were shot down.', ['10 missile @ country UA']]]);
});
