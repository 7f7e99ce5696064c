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
