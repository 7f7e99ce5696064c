/**
 * The twenty-first round's structures (README, "Twenty-first round"), each with invented sentences (no corpus sentence)
 * and a row where the rule could reach too far.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('a relative clause of the threats course, read past to the count’s own verb', () => {
  ruleFamily('progressiveRelative', [
    [
      'Four Ukrainian drones that were flying towards Moscow were brought down by air defence units, the mayor said.',
      ['4 drone @ RU-MOW'],
    ],
    ['Six drones that were attacking the Kursk region were shot down overnight.', ['6 drone @ RU-KRS']],
    ['Three missiles which were aimed at Kyiv were intercepted, the air force said.', ['3 missile @ UA-30']],
    // the place where they were stopped, not the course, when the sentence names both
    ['Two drones that were heading for Moscow were destroyed over the Istra district.', ['2 drone @ RU-MOS']],
    // a relative clause whose verb is the count's own stays what it was; a negated verb is no claim
    ['Five drones that were shot down over Belgorod were Shaheds.', ['5 drone @ RU-BEL']],
    ['Two drones that were heading for the city were not destroyed, the governor of Kursk said.', []],
  ]);
});

describe('where a statement was made is no place of the count', () => {
  ruleFamily('speechVenue', [
    [
      '"Air defence shot down seven ballistic missiles," the Defence Ministry told a briefing in Moscow, without saying where.',
      ['7 missile @ country RU'],
    ],
    [
      'Speaking to reporters in Kyiv, the air force spokesman said 30 drones had been shot down over the Odesa region.',
      ['30 drone @ UA-51'],
    ],
    // a place after "in" that is not a venue still places the count
    ['Eleven drones were shot down in Moscow region overnight, the mayor said.', ['11 drone @ RU-MOS']],
  ]);
});

describe('"take … out of the sky" is a downing', () => {
  ruleFamily('takeOutOfSky', [
    ['Air defence took 14 Russian drones out of the sky over Kharkiv overnight.', ['14 drone @ UA-63']],
    [
      'Ukraine’s defenders managed to take more than twenty-six Russian drones and missiles out of the sky on Sunday night.',
      ['more_than 26 unknown @ country UA'],
    ],
    // "took off" and a fall from the sky are no downing
    ['Twelve drones took off from the Bryansk region and eight fell out of the sky over a field.', []],
  ]);
});

describe('a report between a relative pronoun and its passive', () => {
  ruleFamily('relativeReportAside', [
    [
      'Russia struck Kharkiv overnight with six cruise missiles which, according to the regional governor, were shot down.',
      ['6 missile @ UA-63'],
    ],
    // a launch told in the relative clause is still no downing
    ['Russia fired 12 missiles which, the air force said, were launched from the Caspian Sea.', []],
  ]);
});

describe('"all the drones are …" refers to the set named before', () => {
  ruleFamily('allTheAre', [
    [
      'Russia launched 23 drones at Ukraine overnight. All the drones are reported to have been shot down.',
      ['23 drone @ country UA'],
    ],
    // a description of the set is no downing
    ['Russia launched 23 drones at Ukraine overnight. All the drones are Iranian-made, the air force said.', []],
  ]);
});

describe('"To those are added …": more parts of the claim before', () => {
  ruleFamily('addedBreakdown', [
    [
      'The ministry said air defence had intercepted 61 drones, 40 of them over the Kursk region. To those are added 15 in Bryansk and six in Oryol.',
      ['15 drone @ RU-BRY', '40 drone @ RU-KRS', '6 drone @ RU-ORL', '61 drone @ country RU'],
    ],
    // only after a claim: a first sentence adds nothing
    ['To those are added 15 in Bryansk and six in Oryol, the report said.', []],
  ]);
});

describe('offices and capitals as outlets name them', () => {
  identityRows([
    // a named regional administration without "military" speaks for its oblast ("his region")
    [
      'Oleh Petrenko, who runs the Poltava regional administration, said nine drones had been downed over his region.',
      ['9 drone @ UA-53'],
    ],
    // the capital that "also launched" the threats is the government, not a place
    [
      'Moscow also launched 14 Shahed drones, which were brought down by Ukrainian air defence.',
      ['14 drone @ country UA'],
    ],
  ]);
});
