/**
 * A review of the thirteenth round found phrasings its rules took too widely (README, "After the round"); each row is
 * one of them, with sentences written for this spec.
 */
import { identityRows } from '../test/identities';

describe('"aircraft" after drones is those drones only when no drone count came before it', () => {
  identityRows([
    [
      'Ukrainian air defence shot down 38 drones and two aircraft over the Luhansk region.',
      ['2 aircraft @ UA-09', '38 drone @ UA-09'],
    ],
    [
      'Russian air defence destroyed 21 Ukrainian drones and three enemy aircraft overnight.',
      ['21 drone @ country RU', '3 aircraft @ country RU'],
    ],
  ]);
});

describe('"last month" after "since", "than", "first seen" dates something else, not a month-long tally', () => {
  identityRows([
    [
      'Ukrainian air defence shot down 17 drones in the first attack on Mykolaiv since last month.',
      ['17 drone @ UA-48'],
    ],
    ['Ukrainian air defence shot down 1,900 of the 2,400 drones Russia launched last month.', []],
  ]);
});

describe('"both" is the count unless an "and over / in …" opens the second phrase', () => {
  identityRows([
    [
      'Two Ukrainian drones flew at Bryansk overnight. Russian air defence shot down both over the city and nobody was injured.',
      ['2 drone @ RU-BRY'],
    ],
  ]);
});

describe('"from A to B" after a course or a launch: B is the target, not the end of a range', () => {
  identityRows([
    ['Ukrainian air defence shot down 16 drones flying from the Black Sea to Mykolaiv.', ['16 drone @ UA-48']],
    [
      'Russian air defence downed 26 Ukrainian drones over a wide area from Moscow to the Sea of Azov.',
      ['26 drone @ country RU'],
    ],
  ]);
});

describe('a partial list is not "several places in the X region"', () => {
  identityRows([
    [
      'Russian air defence destroyed 13 Ukrainian drones over the Voronezh region and several places in the Kursk region.',
      ['13 drone @ RU-KRS+RU-VOR'],
    ],
  ]);
});

describe('a running total placed inside its own phrase keeps the place', () => {
  identityRows([
    [
      'Russian air defence destroyed four Ukrainian drones on Monday, bringing the number downed over the Belgorod region since Friday to 39.',
      ['39 drone @ RU-BEL', '4 drone @ RU-BEL'],
    ],
  ]);
});

describe('"during a raid on" an airfield: the site still makes it a ground loss', () => {
  identityRows([
    ['Russian air defence forces destroyed two Ukrainian helicopters during a raid on the Mykolaiv airfield.', []],
  ]);
});

describe('"Kyiv and the region\'s governor" adds no oblast', () => {
  identityRows([
    [
      "Ukrainian air defence shot down five drones over Kyiv and the region's governor said no one was hurt.",
      ['5 drone @ UA-30'],
    ],
  ]);
});
