/**
 * The forty-fourth round (issue 11, session 47): the officials' list grown to the governors, heads, mayors and occupation
 * heads who report interceptions over their own ground, and two rules that keep a surname the list knows from placing
 * someone else (libs/extraction/README.md, "Forty-fourth round"). The first row of each switchable family fails with
 * its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe("an office written in the claimant's words places them before the officials' list", () => {
  ruleFamily('writtenOfficeFirst', [
    [
      'Three drones were shot down over the city overnight, said Serhiy Lysak, head of the Odesa city military administration.',
      ['3 drone @ UA-51'],
    ],
    [
      'Air defence destroyed two drones over the region, said Vasyl Kim, head of the Kherson regional military administration.',
      ['2 drone @ UA-65'],
    ],
  ]);
  identityRows([
    // (a name the list knows with no office written: the list places it)
    ['Serhiy Lysak said air defence had destroyed four drones overnight.', ['4 drone @ UA-12']],
  ]);
});

describe('a surname alone that the list knows is the person named before with it', () => {
  ruleFamily('listedSurnameNamedBefore', [
    [
      'Air defence units destroyed two drones overnight, said the head of the capital\'s military administration, Maksym Marchenko. "Both were destroyed on approach," Marchenko said.',
      ['2 drone @ UA-30'],
    ],
  ]);
  identityRows([
    // (nobody named before with the surname: the list places it)
    ['"Five drones were shot down over the region," Marchenko wrote on Telegram.', ['5 drone @ UA-51']],
  ]);
});

describe("the officials' list: who speaks for a region names it", () => {
  identityRows([
    ['"Four drones were shot down by air defence," Kadyrov wrote on Telegram.', ['4 drone @ RU-CE']],
    ['Vladimir Saldo said on Telegram that air defence had shot down seven drones overnight.', ['7 drone @ UA-65']],
    [
      'Air defence destroyed four Shahed drones overnight, Serhiy Tyurin, head of the regional military administration, said.',
      ['4 drone @ UA-68'],
    ],
    // (the surname is the official's, not the town of Korolev outside Moscow)
    ['Three drones were shot down overnight, Governor Vitaly Korolev said on Telegram.', ['3 drone @ RU-TVE']],
    ['Two drones were shot down on approach to the city, Denis Pushilin said.', ['2 drone @ UA-14']],
    // (a given name that is not the official's names someone else: no place from the list)
    ['Oleksii Marchenko said air defence had destroyed four drones overnight over Ukraine.', ['4 drone @ country UA']],
  ]);
});
