/**
 * The forty-fifth round (issue 11, session 48): posts quoted with their hashtags, and "launch" inside a noun compound
 * (libs/extraction/README.md, "Forty-fifth round"). The first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('a hashtag\'s "#" before a word reads as the word', () => {
  ruleFamily('hashtagWords', [
    [
      'A monitoring channel posted: "#Ukrainian forces brought down a #Russian helicopter over the Luhansk region."',
      ['1 aircraft @ UA-09'],
    ],
    ['Two drones were shot down over the #Odesa region overnight, the air force said.', ['2 drone @ UA-51']],
    ['Air defence destroyed 14 #drones over the #Belgorod region, the governor wrote.', ['14 drone @ RU-BEL']],
  ]);
  identityRows([
    // (a tag line holds no count, and a "#" glued to a link or a word is left as it stands)
    ['Three drones were shot down over Kyiv overnight. #Ukraine #Russia #War', ['3 drone @ UA-30']],
    ['Four drones were downed over the Kursk region, t.co/Ab3#Kursk says.', ['4 drone @ RU-KRS']],
  ]);
});

describe('"launch" before a noun it modifies is no verb', () => {
  ruleFamily('launchCompound', [
    [
      'Over the past day six HARM anti-radar missiles, a Storm Shadow cruise missile and nine HIMARS multiple rocket launch systems were destroyed, the ministry said.',
      ['1 missile @ country RU', '6 missile @ country RU'],
    ],
  ]);
  identityRows([
    // ("launch" as a verb stays one: the drones Russia launches are no claim)
    ['Russia may launch 40 drones tonight, the air force warned.', []],
  ]);
});

describe('", in what was …" is a comment on the event: its period makes no tally of the count', () => {
  ruleFamily('inWhatTally', [
    [
      "Air defence destroyed 27 drones over the Kharkiv region overnight, in what was the city's fifth attack in the month of May.",
      ['27 drone @ UA-63'],
    ],
    [
      'Air defence shot down 40 drones over the Odesa region, in what officials called the largest attack this year.',
      ['40 drone @ UA-51'],
    ],
  ]);
  identityRows([
    // (a tally in the count's own clause stays one)
    ['Air defence has shot down 1,200 drones over the Kharkiv region this year, the governor said.', []],
  ]);
});

describe('"while it was …ing" tells what the threat itself was doing, where it was downed', () => {
  ruleFamily('whileItWas', [
    [
      'Ukrainian forces said they had shot down a Russian Su-25 jet while it was attacking positions in the Donetsk region.',
      ['1 aircraft @ UA-14'],
    ],
  ]);
  identityRows([
    [
      'Ukrainian forces shot down a Russian Su-25 jet while flying over the Donetsk region, the air force said.',
      ['1 aircraft @ UA-14'],
    ],
  ]);
});

describe('a place in the possessive before "military administration" is that administration', () => {
  ruleFamily('possessiveAdministration', [
    [
      "According to Kyiv's military administration, eleven drones were shot down on approach to the city.",
      ['11 drone @ UA-30'],
    ],
    ["Sumy's military administration said air defence destroyed four drones overnight.", ['4 drone @ UA-59']],
  ]);
  identityRows([
    // (the capital's, as before)
    ["The capital's military administration said six drones were destroyed overnight.", ['6 drone @ UA-30']],
  ]);
});

describe('a count after a negated verb of stopping is what was not downed', () => {
  ruleFamily('negatedVerbBetween', [
    [
      'Ukrainian air defence shot down 12 of the 15 cruise missiles, but it could not stop the ballistic missile or the two Kinzhals.',
      ['12 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (a negation in an aside is none: the list goes on)
    [
      'Russia said 30 drones were downed over the Kursk region, 12 over Crimea -- a seizure most states do not recognise -- and nine over the Bryansk region.',
      ['12 drone @ UA-43', '30 drone @ RU-KRS', '9 drone @ RU-BRY'],
    ],
  ]);
});

describe('"grounded" in scare quotes is the slang of a downing, as "landed" is', () => {
  ruleFamily('groundedSlang', [
    ["Over the Poltava region our air defenders 'grounded' two enemy drones overnight.", ['2 drone @ UA-53']],
  ]);
  identityRows([
    // (grounded without the quotes is aircraft kept on the ground)
    ['All flights were grounded over the Poltava region overnight as two drones approached.', []],
  ]);
});
