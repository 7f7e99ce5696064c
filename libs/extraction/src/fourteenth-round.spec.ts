/**
 * The fourteenth round's structures (README, "Fourteenth round"): each family with invented sentences (no corpus
 * sentence), and a row where the mechanism could reach too far.
 */
import { identityRows } from '../test/identities';

describe('"destroyed 11 tanks and three drones": a drone listed with ground equipment under one "destroyed" is a loss list', () => {
  identityRows([
    [
      'The Ukrainian army said it shot down nine Russian aerial targets on Tuesday and also destroyed 11 tanks and three drones near Kupiansk.',
      ['9 unknown @ country UA'],
    ],
    [
      'Russian forces destroyed two armoured vehicles, a howitzer and five drones near Pokrovsk, the ministry said.',
      [],
    ],
    // a number word after "and" opens a count of its own: the tanks are no modifier of the drones
    ['Ukrainian troops knocked out seven tanks and six drones east of Kharkiv, the army said.', []],
    // the drones with a verb of their own stay a claim
    [
      'Ukrainian forces destroyed 14 tanks and shot down six drones over the Kharkiv region, the general staff said.',
      ['6 drone @ UA-63'],
    ],
    // ground equipment after the count is not in its object list
    [
      'Russian air defence destroyed 12 drones over the Kursk region, while two tanks were hit near the border.',
      ['12 drone @ RU-KRS'],
    ],
    [
      'Air defence destroyed 12 drones and three missiles over the Belgorod region.',
      ['12 drone @ RU-BEL', '3 missile @ RU-BEL'],
    ],
  ]);
});

describe('"shot down 14 Russian aerial targets: five helicopters, six drones …": the items of a list take the side of the count that opened it', () => {
  identityRows([
    [
      'Over the weekend the armed forces shot down 14 Russian aerial targets: five helicopters, six drones and three cruise missiles.',
      ['14 unknown @ country UA', '3 missile @ country UA', '5 aircraft @ country UA', '6 drone @ country UA'],
    ],
    [
      'During the night the crews destroyed nine Ukrainian aerial targets: four drones, three cruise missiles and two guided bombs.',
      ['2 bomb @ country RU', '3 missile @ country RU', '4 drone @ country RU', '9 unknown @ country RU'],
    ],
    // an item that names its own origin keeps its own side
    [
      'Air defence forces of both countries shot down 30 Ukrainian drones and 12 Russian drones on Sunday.',
      ['12 drone @ country UA', '30 drone @ country RU'],
    ],
  ]);
});

describe('"and 19 others, mostly decoys by its account, were lost": an aside after "N others / more" is read past to the count\'s own verb', () => {
  identityRows([
    [
      'Russia launched 90 drones at Ukraine overnight. Air defence intercepted 61 over the Kharkiv region, and 19 others, mostly decoys according to the air force, were lost from radar.',
      ['61 drone @ UA-63'],
    ],
    [
      'Russia launched 70 drones against Ukraine. By his account 40 were intercepted and 25 others, imitation drones according to the same officer, were "lost" without doing harm.',
      ['40 drone @ country UA'],
    ],
    // the count's own downing verb after the aside counts, placed by its own clause
    [
      'Russia launched 90 drones at Ukraine overnight. Air defence intercepted 61 over the Kharkiv region, and 12 more, the air force said, were shot down over the Kyiv region.',
      ['12 drone @ UA-32', '61 drone @ UA-63'],
    ],
    // a verb reached across another count still yields to the count's own verb before it
    [
      'Ukrainian air defence shot down 303 drones over the Odesa region, and 415 were lost from radar.',
      ['303 drone @ UA-51'],
    ],
  ]);
});

describe('"…, the Ukrainian air force said. 18 Ukrainian drones destroyed": threats of the claimant\'s own side were downed by the other side', () => {
  identityRows([
    [
      'Russia launched 120 drones at Ukraine overnight and 85 were shot down, the Ukrainian air force said.\n\n18 Ukrainian drones destroyed\n\nUkraine keeps striking refineries inside Russia.',
      ['18 drone @ country RU', '85 drone @ country UA'],
    ],
    // threats of the other side keep the claimant's side
    [
      'Russia launched 120 drones at Ukraine overnight and 85 were shot down, the Ukrainian air force said. Another 12 Russian drones were destroyed later in the morning.',
      ['12 drone @ country UA', '85 drone @ country UA'],
    ],
  ]);
});

describe('"Kyiv says it downed 52 drones, Moscow 37": a capital right before a count in a gapped report is the other side speaking', () => {
  identityRows([
    [
      'Kyiv says it downed 52 Russian drones, Moscow 37 Ukrainian drones',
      ['37 drone @ country RU', '52 drone @ country UA'],
    ],
    [
      'Moscow reports destroying 64 Ukrainian drones, Kyiv 48 Russian craft',
      ['48 drone @ country UA', '64 drone @ country RU'],
    ],
    // a place of the count after the capital still places it
    [
      'Kyiv says it shot down 40 drones, Moscow 25 over the Kursk region',
      ['25 drone @ RU-KRS', '40 drone @ country UA'],
    ],
    // a capital over which the count was stopped stays a place
    [
      'Air defence destroyed 14 drones over the Kaluga region and 6 over Moscow, the Russian defence ministry said.',
      ['14 drone @ RU-KLU', '6 drone @ RU-MOW'],
    ],
  ]);
});

describe('"another 30 craft, which the air force calls decoys, disappeared": a relative clause between commas is read past to the count\'s verb', () => {
  identityRows([
    [
      'Russia launched 90 drones at Ukraine overnight. Air defence shot down 55 over the Sumy region, and another 30 craft, which the air force calls imitation drones, disappeared from radar.',
      ['55 drone @ UA-59'],
    ],
    // the count's own downing verb after the relative clause counts
    [
      'Russia launched 90 drones at Ukraine overnight. Air defence shot down 55 over the Sumy region, and another 14 drones, which came from the north, were destroyed over the Chernihiv region.',
      ['14 drone @ UA-74', '55 drone @ UA-59'],
    ],
    // a relative clause with a downing verb of its own is not read past
    [
      // (the 12 placed where the 55 were since rule additiveSiblingPlace, session 42: "another" adds to them)
      'Russia launched 90 drones at Ukraine overnight. Air defence shot down 55 over the Sumy region, and another 12 drones, which were shot down by mobile fire groups, fell on fields.',
      ['12 drone @ UA-59', '55 drone @ UA-59'],
    ],
  ]);
});

describe('"fired 40 missiles, of which 31 were intercepted, and 60 drones, of which 52 …": the second set is a set, not a count downed', () => {
  identityRows([
    [
      "Ukraine's air force said Russia fired 40 missiles, of which Ukraine intercepted 31, and 60 drones, of which Ukraine intercepted 52.",
      ['31 missile @ country UA', '52 drone @ country UA'],
    ],
    [
      "Ukraine's air force said Russia used 12 missiles, of them eight were shot down, and 30 drones, of them 26 were shot down.",
      ['26 drone @ country UA', '8 missile @ country UA'],
    ],
    // a total followed by its "of which" breakdown stays a claim
    [
      "Ukraine's air force said it shot down 23 missiles and 25 drones, of which 10 over the Kyiv region.",
      ['10 drone @ UA-32', '23 missile @ country UA', '25 drone @ country UA'],
    ],
  ]);
});

describe('"In the Kharkiv, Poltava and Sumy regions, the air force said, N … were shot down": an opening list of names under one plural head', () => {
  identityRows([
    [
      'In the Kharkiv, Poltava and Sumy regions, the air force said, 10 drones were shot down.',
      ['10 drone @ UA-53+UA-59+UA-63'],
    ],
    [
      'Over the Bryansk, Kursk, Oryol and Tula regions, the ministry reported, 31 Ukrainian drones were destroyed.',
      ['31 drone @ RU-BRY+RU-KRS+RU-ORL+RU-TUL'],
    ],
    // a single opening place, and a list that is no opener, read as before
    ['In the Kharkiv region, the air force said, 10 drones were shot down.', ['10 drone @ UA-63']],
    // the count's own place wins over the opening list
    [
      'In the Kharkiv, Poltava and Sumy regions, the air force said, 10 drones were shot down over the Kyiv region.',
      ['10 drone @ UA-32'],
    ],
  ]);
});

describe('"…, the governor of A, reported fires. Russia also reported that a drone had been shot down": a country telling a report of its own is not the official before', () => {
  identityRows([
    [
      'Roman Starovoit, the governor of the Kursk region, reported fires at two farms. Russia also reported that a Ukrainian reconnaissance drone had been shot down overnight.',
      ['1 drone @ country RU'],
    ],
    [
      'Vitali Klitschko, the mayor of Kyiv, reported damage to a school. Ukraine separately said that a Russian reconnaissance drone had been shot down during the night.',
      ['1 drone @ country UA'],
    ],
    // the official's own side speaking with no "also" still leaves the official's place (eleventh round, ownSpeaker)
    [
      "Kyiv's mayor Vitali Klitschko said the attack caused fires. Ukraine said 20 drones had been shot down.",
      ['20 drone @ UA-30'],
    ],
    // the official who goes on speaking still places the count
    [
      'Roman Starovoit, the governor of the Kursk region, reported fires at two farms. Air defence also shot down a Ukrainian reconnaissance drone overnight, he added.',
      ['1 drone @ RU-KRS'],
    ],
    // "over the region" still names the region
    [
      'Roman Starovoit, the governor of the Kursk region, reported fires at two farms. Russia said its air defences shot down 12 Ukrainian drones over the region.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
});

describe('"…over the Oryol and Lipetsk regions, as well as Krasnodar Krai": a clause that only adds places continues the list', () => {
  identityRows([
    [
      'Russian air defences destroyed 16 Ukrainian drones over the Oryol and Lipetsk regions, as well as Krasnodar Krai.',
      ['16 drone @ RU-KDA+RU-LIP+RU-ORL'],
    ],
    [
      'Russian air defences destroyed 20 Ukrainian drones over the Bryansk region, as well as over the Black Sea.',
      ['20 drone @ RU-BRY+SEA-BLACK'],
    ],
    // a clause with a count of its own is its own claim
    [
      'Russian air defences destroyed 20 Ukrainian drones over the Bryansk region, as well as five over the Kursk region.',
      ['20 drone @ RU-BRY', '5 drone @ RU-KRS'],
    ],
    // a clause naming other things than places adds nothing
    [
      'Russian air defences destroyed 20 Ukrainian drones over the Bryansk region, as well as Ukrainian boats near Crimea.',
      ['20 drone @ RU-BRY'],
    ],
  ]);
});

describe('"over the south of the country and the Crimean peninsula": a part of the country beside a named place is country scope', () => {
  identityRows([
    [
      'Russia said on Tuesday that it had shot down 23 Ukrainian drones over the south of the country and the Crimean peninsula.',
      ['23 drone @ country RU'],
    ],
    [
      "Ukraine's air force said it shot down 12 drones over the east of Ukraine and the Kharkiv region.",
      ['12 drone @ country UA'],
    ],
    // after a named place it says where that place lies
    [
      "Ukraine's air force said it shot down 12 drones over the Mykolaiv region in the south of the country and over the Odesa region.",
      ['12 drone @ UA-48+UA-51'],
    ],
  ]);
});

describe('"over the south-west of his region": a compound direction of a named place is a part of it, as "the north of the region" is', () => {
  identityRows([
    [
      'Alexander Bogomaz, governor of the Bryansk region, reported that a Ukrainian drone had been shot down over the south-west of his region.',
      ['1 drone @ RU-BRY'],
    ],
    [
      "Moscow's mayor Sergei Sobyanin said 10 drones were shot down on approach to the capital, two of them over a park in the north-east of the city.",
      ['10 drone @ RU-MOW', '2 drone @ RU-MOW'],
    ],
    // a compound direction standing alone stays vague
    ["Ukraine's air force said it shot down 12 drones over the south-east overnight.", ['12 drone @ country UA']],
  ]);
});

describe('"Kursk Governor Alexander Khinshtein said … According to Mr Khinshtein, four more were downed": an honorific surname is the official named before', () => {
  identityRows([
    [
      'Air defence shot down a drone flying towards the city, Kursk Governor Alexander Khinshtein wrote on Telegram. According to Mr Khinshtein, four more were downed before dawn.',
      ['1 drone @ RU-KRS', '4 drone @ RU-KRS'],
    ],
    // an honorific naming nobody before is no claimant: the count is told as before
    [
      'Air defence shot down a drone flying towards the city, Kursk Governor Alexander Khinshtein wrote on Telegram. Mr Petrov, a resident, said four drones were downed before dawn.',
      ['1 drone @ RU-KRS', '4 drone @ country RU'],
    ],
    [
      'Ukrainian air defence shot down 20 drones overnight, the air force said. According to Mr Kovalenko, a local resident, two more were downed over the Sumy region.',
      ['2 drone @ UA-59', '20 drone @ country UA'],
    ],
  ]);
});

describe('"shot every one of them down", "brought three drones down": the particle after a short object', () => {
  identityRows([
    [
      'Overnight Russia fired six ballistic missiles at the Ukrainian capital, and air defences shot every one of them down, the air force said.',
      ['6 missile @ UA-30'],
    ],
    ['Ukrainian air defence shot two drones down over the Sumy region.', ['2 drone @ UA-59']],
    ['Russian air defence brought three Ukrainian drones down over the Kursk region overnight.', ['3 drone @ RU-KRS']],
    // a set sent earlier is what a later "all of them" counts
    [
      'During the truce around 18 strike drones were sent at the peninsula from the Mykolaiv region. Some reached it, and all of them were shot down over Sevastopol.',
      ['about 18 drone @ UA-40'],
    ],
    // "down to" is a level, not a downing
    [
      'Russian air defence shot down 12 drones, the governor said, which brought the total down to 40 this week.',
      ['12 drone @ country RU'],
    ],
    ['The new batteries brought the number of drones reaching Kyiv down to five, the mayor said.', []],
  ]);
});

describe('"destroyed every one of the drones" with no number named: all of an unknown set, no count of one', () => {
  identityRows([
    ['Russian air defence said it destroyed every one of the drones over the Belgorod region.', []],
    ['Air defences shot every one of the attacking drones down, the mayor said.', []],
    // a set named before or inside still gives its number
    [
      'Russia launched 14 drones at the Kursk region, and air defence destroyed every one of the drones.',
      ['14 drone @ RU-KRS'],
    ],
    ['Air defence destroyed every one of the 14 drones over the Kursk region.', ['14 drone @ RU-KRS']],
    ['Air defence destroyed one of the drones over the Kursk region.', ['1 drone @ RU-KRS']],
  ]);
});

describe('"destroyed two drones, one of them over A and the other over B": "one of them" told with its place is the first of the pair', () => {
  identityRows([
    [
      'Russian air defences destroyed two drones that were heading for Moscow, one of them over the Tula region and the other in the skies of the Moscow region.',
      ['1 drone @ RU-MOS', '1 drone @ RU-TUL', '2 drone @ country RU'],
    ],
    // the pair is the count of two just before, not a mixed set with the count before that
    [
      "Ukraine's air force said it had shot down three Russian missiles and two fighter jets, one of them over Donetsk and the other over the Black Sea.",
      ['1 aircraft @ SEA-BLACK', '1 aircraft @ UA-14', '2 aircraft @ country UA', '3 missile @ country UA'],
    ],
    // "one of them" told with its course, or as a member of a set, is read as before
    [
      'Air defence shot down 12 drones over the Kursk region, one of them flying towards the city.',
      ['1 drone @ RU-KRS', '12 drone @ RU-KRS'],
    ],
    ['One of them was one of the largest drones ever seen over the region, the governor said.', []],
  ]);
});

describe('"attacked with 21 drones, but air defence shot down all the targets": "all the <threats>" is the whole set named just before', () => {
  identityRows([
    [
      'Russia tried to strike Ukraine overnight with 21 Shahed drones, but Ukrainian air defence shot down all the targets, the air force said.',
      ['21 drone @ country UA'],
    ],
    [
      'Russia fired 12 cruise missiles at Kyiv overnight. All the missiles were destroyed by air defence over the city.',
      ['12 missile @ UA-30'],
    ],
    // "nearly all", another weapon than the set's, or no set: no count
    ['Russia launched 31 drones at Ukraine overnight. Nearly all the drones were shot down by air defence.', []],
    ['Russia fired 12 missiles at Kyiv overnight. Air defence shot down all the drones as well.', []],
    ['Air defence shot down all the drones that attacked Kyiv, the mayor said.', []],
  ]);
});

describe('"one over each of A and B, and the rest over C": a part told "each" over several places counts once per place in the remainder', () => {
  identityRows([
    [
      'Russian air defences brought down ten Ukrainian drones. A single drone was destroyed over each of the Kursk and Lipetsk regions, and the rest over the Belgorod region.',
      ['1 drone @ RU-KRS', '1 drone @ RU-LIP', '10 drone @ country RU', '8 drone @ RU-BEL'],
    ],
    [
      'Russian air defences brought down ten Ukrainian drones, one each over the Kursk, Oryol and Tula regions, and the rest over the Belgorod region.',
      ['1 drone @ RU-KRS', '1 drone @ RU-ORL', '1 drone @ RU-TUL', '10 drone @ country RU', '7 drone @ RU-BEL'],
    ],
    // a part over one place subtracts once
    [
      'Russian air defences brought down ten Ukrainian drones: two over the Kursk region and the rest over the Belgorod region.',
      ['10 drone @ country RU', '2 drone @ RU-KRS', '8 drone @ RU-BEL'],
    ],
  ]);
});

describe('"…repelled an attack by surface drones. So far five drones have been destroyed": plain drones destroyed right after naval drones are those boats', () => {
  identityRows([
    [
      '"The fleet repelled an attack by surface drones at dawn. So far five drones have been destroyed," the governor of Sevastopol said.',
      [],
    ],
    [
      'Ukraine sent naval drones against the bridge overnight. Three drones were destroyed by the fleet, the governor said.',
      [],
    ],
    // air defence, a downing or an aerial word between keeps them aerial
    [
      'Ukraine attacked the base with surface drones overnight. Air defence destroyed six drones over Sevastopol, the governor said.',
      ['6 drone @ UA-40'],
    ],
    [
      'Ukraine attacked the port with naval drones. Russian forces destroyed four drones, the ministry said, and shot down 12 aerial drones over Crimea.',
      ['12 drone @ UA-43', '4 drone @ country RU'],
    ],
  ]);
});

describe('"Most were shot down, one, as you can see, hit": a short "as" clause between commas is read past to the count\'s own verb', () => {
  identityRows([
    [
      'Russia fired missiles at Kherson. "Most of the missiles were shot down, one, as you can see, hit," the Russian-installed official said.',
      [],
    ],
    [
      'Russia launched 20 drones at Kyiv. Air defence shot down 18, and two, as expected, were lost from radar, the Ukrainian air force said.',
      ['18 drone @ UA-30'],
    ],
    // the count's own downing after such a clause still counts
    [
      'Russia launched 20 drones at Kyiv. Air defence shot down 18 over the city, and two, as we know, were shot down over the Kyiv region, the Ukrainian air force said.',
      ['18 drone @ UA-30', '2 drone @ UA-32'],
    ],
  ]);
});

describe('"A Ukrainian surface-to-air missile downs \'Russian jets\'": a count that is the subject of an active downing with an object is the interceptor', () => {
  identityRows([
    ["A Ukrainian surface-to-air missile downs 'Russian fighter jets' above Kharkiv.", []],
    ['Two Ukrainian MiG-29 jets shot down enemy drones over the Odesa region, the air force said.', []],
    // a headline's passive keeps the count
    ['Twelve Russian drones shot down over the Odesa region, the air force said.', ['12 drone @ UA-51']],
  ]);
});

describe('"…, the Air Force said, adding that Russian forces had launched 45 projectiles": a side\'s forces that launched are the attacker', () => {
  identityRows([
    [
      '"Nineteen cruise missiles and 12 attack drones were destroyed," the Air Force said, adding that Russian forces had launched 40 projectiles in all.',
      ['12 drone @ country UA', '19 missile @ country UA'],
    ],
    [
      'Air defence units destroyed 14 drones overnight, the ministry said, after Ukrainian troops attacked border villages.',
      ['14 drone @ country RU'],
    ],
    // forces that defend are no attacker
    [
      'Nine drones were shot down overnight after Russian forces were put on alert, the Ukrainian air force said.',
      ['9 drone @ country UA'],
    ],
  ]);
});

describe('"…brought down 64 drones overnight on 9.": a day number after "on" that ends the sentence is a date', () => {
  identityRows([
    [
      'The Ukrainian air force said it had brought down 52 Russian drones nationwide overnight on 14.',
      ['52 drone @ country UA'],
    ],
    // a count after "on" with its noun or a place stays a count
    [
      'Air defence shot down two drones over Kursk and, on the border, 5 drones over Belgorod.',
      ['2 drone @ RU-KRS', '5 drone @ RU-BEL'],
    ],
  ]);
});

describe("a placeless repeat of a count placed in the other side's regions is the nearest such placed claim, not the first", () => {
  identityRows([
    [
      'Russia says it shot down seven missiles over Crimea\n\nUkraine fired missiles at the peninsula on Tuesday. Sirens sounded for an hour. Schools stayed closed. Officials said that seven of the missiles had been brought down over Crimea.\n\nThe Russian defence ministry said: "13 Ukrainian drones and 7 missiles were downed by air defence forces."',
      ['13 drone @ country RU', '7 missile @ UA-43'],
    ],
  ]);
});

describe('"US-made ATACMS fired at Crimea; Russia says it shot down seven": a named missile or rocket type types a bare count after it', () => {
  identityRows([
    ['US-made ATACMS fired at Crimea; Russia says it shot down five', ['5 missile @ UA-43']],
    ['Russia fires Kinzhals at Kyiv; Ukraine says it downed four', ['4 missile @ UA-30']],
    // a type word that is also a common word is not read as a weapon
    ['The strike did no harm to the town; Ukraine says it downed four over the Sumy region', ['4 unknown @ UA-59']],
  ]);
});

describe('"12 Geran-2 (Shahed-136) drones": a model\'s other name in brackets is an aside, whatever the names\' length', () => {
  identityRows([
    ['Russian air defences destroyed 12 Geran-2 (Shahed-136) drones over the Kursk region.', ['12 drone @ RU-KRS']],
    [
      'Ukrainian air defence shot down 9 Shahed-136 (Geran-2) drones over the Kharkiv region overnight.',
      ['9 drone @ UA-63'],
    ],
    // a count in brackets after a place stays a count
    [
      'Russian air defences destroyed drones over the Belgorod (five drones) and Kursk (three drones) regions.',
      ['3 drone @ RU-KRS', '5 drone @ RU-BEL'],
    ],
  ]);
});

describe('"25 of the 27 drones the enemy sent this time were shot down": a modifying participle is read past across a time phrase', () => {
  identityRows([
    [
      "Ukraine's air force said 25 of the 27 drones the enemy sent this time were shot down over Ukraine.",
      ['25 drone @ country UA'],
    ],
    [
      "Ukraine's air force said 14 of the 16 missiles Russia fired last night were intercepted.",
      ['14 missile @ country UA'],
    ],
    // the participle's own clause with a time phrase and no auxiliary after stays no claim
    ["Ukraine's air force said the enemy sent 27 drones this time, and none got through.", []],
  ]);
});

describe('"…missiles headed for the city had been downed": the course\'s "the city" is the one city named before', () => {
  identityRows([
    [
      'Odesa came under attack overnight. The air force said 12 drones flying towards the city were shot down.',
      ['12 drone @ UA-51'],
    ],
    [
      'Kyiv was attacked again. The air force said all 14 cruise missiles headed for the city had been downed.',
      ['14 missile @ UA-30'],
    ],
    // no one city named before: no place
    [
      'The Kursk and Bryansk regions were attacked. The ministry said 12 drones flying towards the city were shot down.',
      ['12 drone @ country RU'],
    ],
  ]);
});

describe('"one Iskander and all 27 cruise missiles had been downed": a count after "and all" is coordinated with the one before', () => {
  identityRows([
    [
      "Ukraine's air force said one Kinzhal missile and all 18 cruise missiles fired at Ukraine had been downed.",
      ['1 missile @ country UA', '18 missile @ country UA'],
    ],
    // "all of them" after "and" is no coordinated count
    [
      'Russia fired 18 missiles at Ukraine, and all of them were shot down, the Ukrainian air force said.',
      ['18 missile @ country UA'],
    ],
  ]);
});

describe('"five were destroyed by air defence and two struck the airfield": destroyed by air defence is in the air, whatever site follows', () => {
  identityRows([
    [
      'Of the eight missiles, six were destroyed by air defence and two struck the airfield near Starokostiantyniv, the Ukrainian air force said.',
      ['6 missile @ country UA'],
    ],
    // a strike on an airfield as the agent stays a ground loss
    ['Four Su-34 jets were destroyed by a missile strike on the Morozovsk airfield, the Ukrainian air force said.', []],
    ['Ukrainian drones destroyed six Russian helicopters at the Berdiansk airfield, the army said.', []],
  ]);
});

describe('"That brings to twelve the enemy aircraft downed …": a running total written number first, its noun after "the"', () => {
  identityRows([
    [
      'Ukraine said it shot down a Su-25 on Tuesday. That brings to twelve the enemy combat aircraft downed by Ukrainian forces in ten days.',
      ['1 aircraft @ country UA', '12 aircraft @ country UA'],
    ],
    // "to" + a number with no raising verb, or no weapon after "the", is no count
    [
      'Ukraine said it shot down a Su-25 on Tuesday. Losses rose to twelve the next week, the report said.',
      ['1 aircraft @ country UA'],
    ],
  ]);
});

describe('"…intercepted six missiles. They were two ballistic missiles and four cruise missiles": a copular restatement by type is a breakdown', () => {
  identityRows([
    [
      "Ukraine's air force said it intercepted six missiles and 12 drones overnight. They were two Iskander ballistic missiles, four Kh-101 cruise missiles and 12 attack drones.",
      ['12 drone @ country UA', '2 missile @ country UA', '4 missile @ country UA', '6 missile @ country UA'],
    ],
    // "They were" with no count right after tells something else
    [
      'Air defence intercepted 20 drones over the Kharkiv region. They were part of a wave of 60 drones.',
      ['20 drone @ UA-63'],
    ],
  ]);
});

describe('an article whose only drones named by kind are naval, and that names nothing aerial: a plain "drone" is the boat', () => {
  identityRows([
    [
      'Sevastopol governor reports a drone destroyed near the city\nAccording to him, the drone was destroyed far from the shore. Earlier he said a surface drone had been spotted at sea near the bay.',
      [],
    ],
    // anything aerial named keeps the drone aerial
    [
      'Sevastopol governor reports a drone shot down near the city\nAccording to him, air defence destroyed the drone far from the shore. Earlier a surface drone had been spotted at sea.',
      ['1 drone @ UA-40'],
    ],
    ['Air defence shot down a drone over Sevastopol, the governor said.', ['1 drone @ UA-40']],
  ]);
});

describe('"aimed at Sevastopol, in Crimea": the land after a city that is a subdivision of its own and "in" only says where it lies', () => {
  identityRows([
    ['Russian air defence shot down six drones over Sevastopol in Crimea, the governor said.', ['6 drone @ UA-40']],
    [
      'Russia said it had shot down eight Ukrainian missiles aimed at Sevastopol, in Crimea, the peninsula it annexed in 2014.',
      ['8 missile @ UA-40'],
    ],
    // two places joined by "and" stay two places
    ['Russian air defence shot down six drones over Sevastopol and in Crimea.', ['6 drone @ UA-40+UA-43']],
  ]);
});
