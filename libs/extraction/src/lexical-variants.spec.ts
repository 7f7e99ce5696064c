/**
 * The same report worded as other outlets word it gives the same claims. Outlets differ in words as well as in
 * typography (look-alikes.spec.ts): Russian ministry statements in translation say "unmanned aerial vehicles" where
 * others say "drones", American copy puts a serial comma before "and", German and Italian translations write thousands
 * with a full stop, some say "anti-aircraft defence" for air defence or "drones of Ukraine" for Ukrainian drones.
 * Rewording the dev split each of these ways (and requiring the same claims) found the faults these rows keep fixed:
 *
 * | rewording of the dev split | passages whose claims changed: before → after |
 * | --- | --- |
 * | "drones" as "unmanned aerial vehicles" | 68 of 628 → 10 (6 of 660 with the sk and sl batches, after "one of the") |
 * | "Ukrainian drones/UAVs" as "drones/UAVs of Ukraine" | 12 of 223 → 4 |
 * | "air defence" as "anti-aircraft defence" | 5 of 419 → 1 |
 * | a serial comma before "and" in a list of names | 2 of 161 → 1 |
 * | thousands with a full stop ("1.386") | 2 of 53 → 1 |
 * | "X region" as "X province" ("the Kaluga province governor") | 7 of 396 → 2 |
 *
 * (Counts on the 903 dev passages of the time.) The corpus checks below hold the counts that are left as ceilings, so a
 * change can lower them and none can raise them; a batch added to dev may raise one, and is then read before the ceiling
 * moves (the `sk` batch's sk002 and sk007 change with "anti-aircraft defence" because a place they miss is found then;
in the nineteenth round rf010's HIMARS rockets take the ministry's side once "Ukrainian UAVs" no longer tells the
drones' origin, `sameSentenceSide`: country RU, which its gold accepts as it does UA, so 4 → 5; the `sy` batch's sy012,
whose Sevastopol claims the extractor already gets wrong, changes with both "unmanned aerial vehicles" and "drones of
Ukraine": 6 → 7 and 5 → 6; in the twentieth round the `tb` batch's tb014, whose 19 drones the extractor already places at
Kyiv against the gold, loses that reading with "unmanned aerial vehicles": 7 → 8; the `tk` batch's tk001 loses
"one Russian reconnaissance drone" after "14 of the 16 Shahed attack unmanned aerial vehicles as well as": 8 → 9; the
twenty-first round's allTheModified reads "all the unmanned aerial vehicles" as "all the drones", and sh014 no longer
changes: 9 → 8; the `ty` batch's ty001, "destroyed 24 Ukrainian drones and intercepted 11 more over the Sea of Azov",
gives its 24 the place of the 11 as written and country RU (as its gold has it) as "24 drones of Ukraine": 6 → 7; in the
twenty-second round's batches, ud013 and uf002, whose sea and surface drones the rewording turns into "sea unmanned aerial
vehicles", and uh011's "nine Russian attack unmanned aerial vehicles and six of nine missiles", which loses the six: 8 →
11; ua003, where "drones of Ukraine" gives a count its headline-like lede had not: 7 → 8; uu003, whose 24 "drones of
Ukraine" flying at Moscow lose the capital for the country: 8 → 9; in the twenty-third round's batches, ux013, whose
"all the enemy drones" after "Nine drones took part" is no longer read as the nine once they are "unmanned aerial
vehicles" (a false claim against its gold gone, the Moscow claim still missed): 11 → 12; ux010, whose breakdown of
"Ukrainian drones" over Kursk and four regions falls back to the country as "drones of Ukraine": 9 → 10; vm014, whose
ministry breakdown over seven regions is lost once "drones" is "unmanned aerial vehicles" in a line the writer cut: 12 →
13; vp001, whose 17 keeps only Bryansk (as its gold has it) once the clause after it says "drones of Ukraine": 10 → 11;
vm001, whose 114 takes the places of the list after it with a serial comma: 1 → 2; in the twenty-fourth round's
batches, vr004, whose war-long tally "407 aircraft, 229 helicopters, 3655 drones" is read as three false claims with
"drones" and as none once it ends in "unmanned aerial vehicles" (its gold has none): 13 → 14, and back to 13 when the
round's sinceThen reads that tally as one either way; vy004, whose "two unmanned drones … was thwarted" gives a false
country claim that "unmanned unmanned aerial vehicles" does not: 13 → 14; vy008, whose "Two Ukrainian drones that
tried to strike the … Bryansk and Kursk regions were brought down" (the round's longCourse) is lost once the phrase is
"Two drones of Ukraine": 11 → 12; vy006, whose "eight more …, four of them in the Ukrainian region of Crimea" takes
Ukraine's side from "Ukrainian region" and Russia's, as its gold has it, from "Ukrainian province": 2 → 3; wc008,
whose "…, while Moscow says it neutralised 61 Ukrainian drones" after Kyiv's count in the same sentence takes Ukraine's
side once they are "61 drones of Ukraine": 12 → 13; in the twenty-fifth round's batches, with "unmanned aerial
vehicles": wd005, whose "a further 3 drones were jammed" in a sea-drone story is read as aerial once the noun is
"vehicles" (a claim its gold has over Crimea, here over the country), wd014, whose 67 drones and 6 rockets are lost in
a long quoted list, wi010, whose verbless list line after the ministry's quote loses its five places, and wj005, whose
"two more drones" gains a country claim: 14 → 18; with "drones of Ukraine": wd005 (its 12 over Crimea lost), wi010 (the
same list), wj012, whose 85 loses the Tambov place its gold does not give it, and wn008, whose "93 drones of Ukraine, among
them around 40 over the Sea of Azov" is read with its part: 13 → 17; then the round's aerialVehicles stops reading
"unmanned aerial vehicles" as the ground vehicles of a war-loss tally, and wd014, wi010 and vm014 no longer change: 18 →
1515; and with bracketedLongName ("over the Belgorod (five unmanned aerial vehicles), …", rs016) and longNameHeads
("downed 12 attack unmanned aerial vehicles and three cruise missiles", rf003, tb014, tk001, uh011): 15 → 10).
 *
 * In session 35 (thirty-second round) the "unmanned aerial vehicles" ceiling fell to 8, and twelve rewordings were added
 * at the end of REWORDED, each with the round's count as its ceiling (libs/extraction/README.md, "Thirty-second round").
 * In session 36 (thirty-third round) two ceilings rose with claims the round places from an attack told before
 * (`attackTargetPlace`'s look-back, which "a total of" stops by design: a total is wider than one attacked place):
 * tg010's and ue013's "destroyed 11 attack drones" keep the Odesa region as written and fall back to the country as
 * "destroyed a total of 11": 3 → 5; ue013's "Kh-22 missiles", which the rewording turns into "Kh-twenty-two missiles",
 * a count of its own in the launch sentence (originNotTarget looks past only a sentence that counts no set): 2 → 3. The
 * round's ownerNoScene keeps sv002's four drones over Bryansk as "four drones of Ukraine" (18 stays 18).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBody } from '@skytally/text';
import { identities, identityRows, ruleFamily } from '../test/identities';

describe('"unmanned aerial vehicles" read as drones wherever "drones" is', () => {
  identityRows([
    [
      'Air defence forces destroyed 64 Ukrainian unmanned aerial vehicles overnight. Most of the unmanned aerial vehicles, 40, were downed over the Oryol region, and 24 over the Tver region.',
      ['24 drone @ RU-TVE', '40 drone @ RU-ORL', '64 drone @ country RU'],
    ],
    [
      'The ministry said 312 Ukrainian attack unmanned aerial vehicles had been shot down in all.',
      ['312 drone @ country RU'],
    ],
    [
      'Russian air defences destroyed 27 unmanned aerial vehicles launched by Ukraine. The ministry said the unmanned aerial vehicles were intercepted over the Tambov, Penza and Saratov regions.',
      ['27 drone @ RU-PNZ+RU-SAR+RU-TAM'],
    ],
    ['One of the unmanned aerial vehicles was brought down near Krasnogorsk.', ['1 drone @ RU-MOS']],
  ]);
});

describe('lists, numbers and sides written as other outlets write them', () => {
  identityRows([
    // a serial comma before "and" in a list that opens the sentence
    [
      'In the Sumy, Chernihiv, Poltava, and Kharkiv regions, the air force said, 17 drones were shot down.',
      ['17 drone @ UA-53+UA-59+UA-63+UA-74'],
    ],
    // "anti-aircraft" names the defence, never the weapon of a count with no noun of its own
    ['Ukraine’s anti-aircraft defence shot down at least 22 of them.', ['at_least 22 unknown @ country UA']],
    // a country after a weapon noun and "of" owns the threats: the defender is the other side
    ['Air defence shot down 58 UAVs of Ukraine overnight', ['58 drone @ country RU']],
    // thousands after a full stop, as translations write them
    ['Russian air defence shot down 2.417 Ukrainian drones over the past week.', ['2417 drone @ country RU']],
    ['Russian air defence shot down 1.5 Ukrainian drones.', []],
    // a governor of a "province" or a "territory" speaks for it, as one of a "region"
    [
      'The Kaluga province governor said 17 drones had been shot down over the region overnight.',
      ['17 drone @ RU-KLU'],
    ],
  ]);
});

describe('a country after "shot down by" is the defender', () => {
  ruleFamily('byDefender', [
    ['Thirteen drones were shot down by Russia over the weekend.', ['13 drone @ country RU']],
    ['Eight drones were destroyed by Ukraine overnight.', ['8 drone @ country UA']],
    ['Nine drones fired by Russia were shot down.', ['9 drone @ country UA']],
  ]);
});

/** Rewordings of the dev split that keep every claim, and how many passages may still change (see the table above). */
const REWORDED: Array<[string, (s: string) => string, number]> = [
  // (9 with session 51's batch yc: yc013, a machine-written summary of drone and jet counts, some of whose drone claims
  // change once "drones" reads "unmanned aerial vehicles", at the session's start extractor as after its round)
  ['"drones" as "unmanned aerial vehicles"', (s) => s.replace(/\bdrones\b/g, 'unmanned aerial vehicles'), 9],
  // (18 from session 28's fresh batches: ww014, whose "intercepted and destroyed 19 Ukrainian drones over the Black Sea
  // and Crimea" and its parts lose their place as "19 drones of Ukraine" and, below, as "shot down and destroyed")
  // (19 with session 53's batch zs: zs002, whose 'three missiles were destroyed' in a Black Sea story takes Ukraine's side
  // once the ministry's drones are 'drones of Ukraine'; at the session's start extractor as after its round)
  // (20 with session 53's batch zv: zv007, whose one drone destroyed 'at about half past nine' in a Crimea story takes
  // Ukraine's side once the ministry's drones are 'drones of Ukraine'; at the session's start extractor as after its round)
  // (21 with session 53's batch qj: qj002, whose Russian count of 189 beside Ukraine's 124 takes Ukraine's side once the
  // drones are 'drones of Ukraine'; at the session's start extractor as after its round)
  ['"Ukrainian drones" as "drones of Ukraine"', (s) => s.replace(/\bUkrainian (drones|UAVs)\b/g, '$1 of Ukraine'), 21],
  // (4 with session 51's batch xz: xz003, whose two UAVs the head of Sevastopol reports in a quote take the speaker's city
  // once the sentence before says "anti-aircraft defence", at the session's start extractor as after its round)
  // (5 with session 53's batch qb: qb010, whose 'the Defence Ministry's air defence today destroyed one more drone, which was
  // flying in the direction of Moscow' loses the capital for the country as 'anti-aircraft defence'; at the session's start
  // extractor as after its round)
  ['"air defence" as "anti-aircraft defence"', (s) => s.replace(/\bair defence\b/g, 'anti-aircraft defence'), 5],
  // (3 with session 53's batch zp: zp003, whose 'over the Mykolaiv, Odesa, …, Chernihiv and other regions' is a partial
  // list, country scope, only while no comma cuts 'and other regions' off its clause; at the start extractor as after)
  ['a serial comma before "and"', (s) => s.replace(/(\p{L}+, \p{Lu}\p{L}+) and /gu, '$1, and '), 3],
  ['thousands with a full stop', (s) => s.replace(/(\d),(\d{3})\b/g, '$1.$2'), 1],
  ['"X region" as "X province"', (s) => s.replace(/\b(\p{Lu}[\p{L}-]+) region\b/gu, '$1 province'), 3],
  // (session 27: "Kiev" for the capital, 2 of 905 changed before kievSpelling, 0 after; "shot down" for "intercepted",
  // 4 of 506 before parallelShotDown, 2 after: rr017's "three further UAVs downed, plus two shot down, above the Azov
  // Sea" and ty001's "24 … and shot down 11 more over the Sea of Azov", whose "plus" and "and" pairs read only one-word
  // participles as parallel)
  ['"Kyiv" as "Kiev"', (s) => s.replace(/\bKyiv\b/g, 'Kiev'), 0],
  // (session 33: 4, ve014's "a Russian Su-27 fighter had intercepted three NATO patrol aircraft over the Baltic Sea", jets
  // escorting aircraft, no claim since notReports; "had shot down three NATO patrol aircraft" is a downing)
  // (5 with session 52's batch yz: yz002, whose 'one of the 13 intercepted drones' counts the set only while it is told as
  // intercepted; at the session's start extractor as after its round)
  ['"intercepted" as "shot down"', (s) => s.replace(/\bintercepted\b/g, 'shot down'), 5],
  // (session 28: 7 of 468 changed before totalLaunched, 3 after: ty001, uu003 and wj012, whose place comes from another
  // sentence or clause and whose "a total of" now reads as wider than that place, as written)
  // (session 28: 14 of 326 changed before uncrewedAircraft read "aircraft-type unmanned aircraft" and "Orlan-10 unmanned
  // aircraft" as aircraft; 4 after: su013 and tj005, whose long lists lose the drones' weapon for "unknown", ti011 and wa001)
  // (5 with session 52's batch yq: yq001, whose long list of oblasts loses the drones' weapon for "unknown" as su013's
  // does, at the session's start extractor as after its round)
  // (session 53: 7 with the batches zm and zn at the round's start, zm002's verbless list '49 UAVs – over …' and zn001's
  // '108 Shahed-type attack UAVs and drones of other types'; 2 after the fiftieth round's twoWordNounList and
  // uncrewedAircraftAnd, which also keep su013, tj005 and yq001: ti011 and wa001 are left; with the batches qd and qh
  // 9 at the start, still 2 after the round)
  ['"UAVs" as "unmanned aircraft"', (s) => s.replace(/\bUAVs\b/g, 'unmanned aircraft'), 2],
  [
    '"destroyed 24" as "destroyed a total of 24"',
    (s) => s.replace(/\b(destroyed|intercepted|shot down) (\d+)\b(?!,?\d| of\b)/g, '$1 a total of $2'),
    // (6 with session 52's batch zg: zg010, whose 24 drones placed by the oblast named before read "a total of 24" as
    // wider than that place; at the session's start extractor as after its round)
    6,
  ],
  // (session 35, thirty-second round: the rewordings below found the faults its rules fix; before → after in the table
  // of libs/extraction/README.md, "Thirty-second round")
  [
    '"were destroyed" as "were neutralised"',
    (s) => s.replace(/\b(were|was|had been|have been) destroyed\b/g, '$1 neutralised'),
    // (1 with session 49's batch xf: xf001, whose 'The drone was destroyed only 12 kilometres short of the … airfield'
    // is read as a ground loss, and as 'neutralised' places the drone downed before it in the Ryazan region)
    // (2 with session 52's batch yp: yp001, whose 'the wreckage of a drone that had been destroyed' is one downed in the
    // Tver region as written and no downing as 'neutralised'; at the session's start extractor as after its round)
    2,
  ],
  // (1 with session 52's batch zh: zh005, whose file-photo caption 'a drone shot down in Odessa' is read only with "shot";
  // at the session's start extractor as after its round)
  ['"shot down" as "brought down"', (s) => s.replace(/\bshot down\b/g, 'brought down'), 1],
  [
    'two-digit counts in words ("forty-seven UAVs")',
    (s) =>
      s.replace(
        /\b([2-9])([1-9]) (drones|missiles|UAVs)\b/g,
        (_, t: string, u: string, n: string) => `${TENS[Number(t) - 2]}-${UNITS[Number(u) - 1]} ${n}`,
      ),
    // (5 with session 52's batches yn and yo: yn012's counts take Crimea's side once in words, and yo011's launched counts
    // in words are read as downed; at the session's start extractor as after its round)
    5,
  ],
  [
    '"the X region" as "the region of X"',
    (s) => s.replace(/\bthe (\p{Lu}[\p{L}-]+) region\b/gu, 'the region of $1'),
    // (4 with session 51's batch yi: yi004, whose two missiles "in the west of the Rostov region" are placed only once it
    // reads "the region of Rostov", at the session's start extractor as after its round)
    4,
  ],
  [
    '"N Ukrainian drones" as "N drones launched by Ukraine"',
    (s) => s.replace(/\b(\d+) Ukrainian drones\b/g, '$1 drones launched by Ukraine'),
    16,
  ],
  // (3 since session 48: in vb002 the lede's single, read as the one a quoted post places further on, is past the lede's
  // 300 characters with the dateline before it)
  // (4 with session 49's batch xf: xf003, whose Kyiv-filed jets take the capital's place once the story is filed from London)
  ['a wire dateline ("LONDON, March 3 (Reuters) - ")', (s) => withDateline(s), 4],
  // (4 with session 49's batch xb: xb008, whose Polish count of drones from Belarus takes Ukraine's side once a closing
  // line names the war in Ukraine, as it did before the forty-sixth round)
  // (5 with session 50's batch xs: xs001, whose nine drones the Moscow mayor reports take Kyiv's place once a closing
  // line names the war in Ukraine, at the session's start extractor as after its round)
  // (6 with session 51's batch ya: ya007, whose 'fragments of two downed UAVs' in a Lipetsk story take Ukraine's side once a
  // closing line names the war in Ukraine, at the session's start extractor as after its round)
  // (7 with session 52's batch yt: yt011, whose three drones suppressed over a Kaluga district the gazetteer does not know,
  // told by a governor it does not know, take Ukraine's side once a closing line names the war in Ukraine; at the
  // session's start extractor as after its round)
  // (8 with session 53's batch zv: zv007, the same one drone, which takes Ukraine's side once a closing line names the war
  // in Ukraine; at the session's start extractor as after its round)
  // (9 with session 53's batch qg: qg001, whose ministry total of 18 drones over Crimea and two Russian regions takes
  // Ukraine's side once a closing line names the war in Ukraine; at the session's start extractor as after its round)
  ['a closing line on the war in Ukraine', (s) => `${s}\n\nFollow our live coverage of the war in Ukraine.`, 9],
  [
    '"were shot down" as "have been shot down"',
    (s) => s.replace(/\bwere (shot down|destroyed|intercepted|downed)\b/g, 'have been $1'),
    1,
  ],
  ['"more than N" as "over N"', (s) => s.replace(/\bmore than (\d+)/g, 'over $1'), 0],
  ['"about N" as "roughly N"', (s) => s.replace(/\babout (\d+)/g, 'roughly $1'), 0],
  ['"kamikaze drones" as "kamikaze-drones"', (s) => s.replace(/\bkamikaze drones\b/g, 'kamikaze-drones'), 0],
  ['"Shahed drones" as "Shaheds"', (s) => s.replace(/\bShahed drones\b/g, 'Shaheds'), 0],
  // (session 38: libs/extraction/README.md, "Thirty-fifth round")
  ['Ukrainian places in their Russian spellings ("Kharkov", "Nikolaev")', (s) => russianSpellings(s), 0],
  ['"defence" as "defense"', (s) => s.replace(/\b([Dd])efence/g, '$1efense'), 0],
  [
    '"N drones" as "N long-range attack drones"',
    (s) => s.replace(/\b(\d{1,3}) drones\b/g, '$1 long-range attack drones'),
    // (wd005: "a further 3 drones were jammed" in a sea-drone story, missed as written, is read at country scope)
    1,
  ],
  [
    '"were intercepted" as "were intercepted and destroyed"',
    (s) => s.replace(/\bwere intercepted\b/g, 'were intercepted and destroyed'),
    0,
  ],
];

const RUSSIAN_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bKyiv\b/g, 'Kiev'],
  [/\bKharkiv\b/g, 'Kharkov'],
  [/\bOdesa\b/g, 'Odessa'],
  [/\bZaporizhzhia\b/g, 'Zaporozhye'],
  [/\bMykolaiv\b/g, 'Nikolaev'],
  [/\bLuhansk\b/g, 'Lugansk'],
  [/\bLviv\b/g, 'Lvov'],
  [/\bVinnytsia\b/g, 'Vinnitsa'],
  [/\bChernihiv\b/g, 'Chernigov'],
  [/\bZhytomyr\b/g, 'Zhitomir'],
];

function russianSpellings(s: string): string {
  return RUSSIAN_SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), s);
}

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The body with a wire dateline before its first paragraph that is a sentence (not a headline line), unless it has one. */
function withDateline(s: string): string {
  const paras = s.split('\n\n');
  const k = paras.findIndex((p) => /[.!?"”]\s*$/.test(p));
  if (k < 0 || k > 1 || /^\p{Lu}{3,}|^\p{Lu}\p{Ll}+[,:]\s/u.test(paras[k]!)) return s;
  paras[k] = `LONDON, March 3 (Reuters) - ${paras[k]!}`;
  return paras.join('\n\n');
}

describe('the dev corpus reworded', () => {
  const dir = join(__dirname, '../../../tests/fixtures/extract/real/dev');
  const bodies = readdirSync(dir)
    .sort()
    .map((f) => normaliseBody((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: string }).body));

  it.each(REWORDED)('keeps the claims with %s, but for a few passages', (_, reword, ceiling) => {
    let reworded = 0;
    let changed = 0;
    for (const body of bodies) {
      const other = reword(body);
      if (other === body) continue;
      reworded++;
      if (JSON.stringify(identities(other)) !== JSON.stringify(identities(body))) changed++;
    }
    expect(reworded).toBeGreaterThan(20);
    expect(changed).toBeLessThanOrEqual(ceiling);
  });
});
