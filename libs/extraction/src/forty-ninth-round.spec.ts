/**
 * The forty-ninth round (issue 11, session 52): region names in spellings the gazetteer does not hold, then the dev
 * halves of fresh batches (yn–yr) (libs/extraction/README.md, "Forty-ninth round"). The first row of each switchable
 * family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';
import { nearestRegion } from './misspelt-region';

describe('a capitalised name before a region word that the gazetteer does not hold is the region it is an edit or two from', () => {
  ruleFamily('misspeltRegion', [
    [
      "Moscow's military said it had shot down 4 Ukrainian drones over the southern Briansk region, and one over the central Oryol region.",
      ['1 drone @ RU-ORL', '4 drone @ RU-BRY'],
    ],
    [
      'The statement said 7 drones were brought down over the Kursk region, and another 6 over the Bilgorod region.',
      ['6 drone @ RU-BEL', '7 drone @ RU-KRS'],
    ],
    ['Air defence destroyed 2 drones over the Tola region overnight.', ['2 drone @ RU-TUL']],
    ['Air defence destroyed 2 drones over the region of Briansk overnight.', ['2 drone @ RU-BRY']],
    ['A total of 23 drones were intercepted in the skies over the Brainsk oblast.', ['23 drone @ RU-BRY']],
  ]);
  identityRows([
    // (a name far from every region's is no region; a known name is read as before; a hyphened name's end is not a word)
    ['Air defence destroyed 2 drones over the Rasha region overnight.', []],
    ['Air defence destroyed 2 drones over the Ivano-Frankivsk region overnight.', ['2 drone @ UA-26']],
  ]);

  it('reads one edit for a short name and two for a longer one, with the same first letter, and no tie', () => {
    expect(nearestRegion('Tola')).toBe('RU-TUL');
    expect(nearestRegion('Briansk')).toBe('RU-BRY');
    expect(nearestRegion('Braynsk')).toBe('RU-BRY');
    // (two edits from "tula" is too far for a four-letter name)
    expect(nearestRegion('Tiba')).toBeNull();
    // (a different first letter is another word, not a misspelling)
    expect(nearestRegion('Pryansk')).toBeNull();
  });
});

describe("a country's regions in the possessive, unnamed, are the country as the place", () => {
  ruleFamily('possessiveRegions', [
    [
      "Russian air defences downed and destroyed 208 Ukrainian drones over Russia's regions and the Black Sea during the night.",
      ['208 drone @ country RU'],
    ],
    [
      "Air defence systems destroyed 41 drones over Ukraine's regions and the Sea of Azov overnight.",
      ['41 drone @ country UA'],
    ],
  ]);
  identityRows([
    ["Air defences destroyed 20 drones over three of Russia's regions overnight.", ['20 drone @ country RU']],
  ]);
});

describe('a place put first after a comma, then a count with a verb of its own, opens a clause', () => {
  ruleFamily('frontedPlaceClause', [
    [
      'According to the ministry, the largest number of drones was destroyed over the Rostov region – 45, in the sky over Krasnodar Territory six drones were shot down.',
      ['45 drone @ RU-ROS', '6 drone @ RU-KDA'],
    ],
  ]);
  identityRows([
    // (a place after the comma with no count of its own is still the count's)
    ['Air defence destroyed 12 drones, in the skies over the Kursk region.', ['12 drone @ RU-KRS']],
  ]);
});

describe('a sentence opening on an earlier event is not placed by the official named in the sentence before', () => {
  ruleFamily('earlierEventOpener', [
    [
      'Voronezh region governor Alexander Gusarov said that several drones had been destroyed over the region and that nobody was hurt. Before this, on the night of September 9, Russian air defence systems had shot down 126 drones.',
      ['126 drone @ country RU'],
    ],
  ]);
  identityRows([
    // ("Earlier" as often opens the same official's earlier statement of the night: still theirs to place)
    [
      'Gladkov said air defence had shot down two drones. Earlier, air defence destroyed one more drone.',
      ['1 drone @ RU-BEL', '2 drone @ RU-BEL'],
    ],
    ['The Kursk governor said nobody was hurt. Air defence forces destroyed 5 drones.', ['5 drone @ RU-KRS']],
  ]);
});

describe('a breakdown of a count between dashes is read past to the verb, which its parts take too', () => {
  ruleFamily('breakdownAside', [
    [
      'Nine Russian military aircraft - four fighter jets and five military helicopters - were shot down on Saturday over the Bryansk region.',
      ['4 aircraft @ RU-BRY', '5 aircraft @ RU-BRY', '9 aircraft @ RU-BRY'],
    ],
    [
      'Nine drones — four Shaheds and five Gerberas — were shot down over the Bryansk region.',
      ['4 drone @ RU-BRY', '5 drone @ RU-BRY', '9 drone @ RU-BRY'],
    ],
  ]);
  identityRows([
    [
      'Eleven air targets - nine drones and two missiles - were destroyed over the Kursk region.',
      ['11 unknown @ RU-KRS', '2 missile @ RU-KRS', '9 drone @ RU-KRS'],
    ],
  ]);
});
