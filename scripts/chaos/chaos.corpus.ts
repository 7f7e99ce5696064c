/**
 * The chaos run's input: a deterministic (seeded) stream of raw articles with
 * a known fate for each — dated bulletins over Russian and Ukrainian regions
 * and the Black Sea (so claims land on several partitions of
 * interceptions.claims), exact copies under other ids, near copies (another
 * outlet's rewording, same facts), articles with no claim at all, and bad
 * input that ingest must reject.
 *
 * Every message names the raw partition it goes to: a copy goes to its
 * original's partition, after it, so the order dedup sees an original and
 * its copies in is fixed whatever the interleaving of partitions — which
 * makes the expected verdicts, and so the expected snapshots, exact.
 */
import { type Rng, mulberry32, pick as pickOne } from '@skytally/random';

export interface ChaosMessage {
  id: string;
  partition: number;
  value: string | Buffer;
  kind: 'original' | 'exact' | 'near' | 'noise' | 'bad';
}

/** Russian regions and how a bulletin names them; the recovery tests' corpus (tests/integration/harness) uses the first 12. */
export const RU: readonly (readonly [code: string, phrase: string])[] = [
  ['RU-BRY', 'the Bryansk region'],
  ['RU-KLU', 'Kaluga Oblast'],
  ['RU-SMO', 'the Smolensk region'],
  ['RU-KRS', 'the Kursk region'],
  ['RU-BEL', 'Belgorod Oblast'],
  ['RU-VOR', 'the Voronezh region'],
  ['RU-ORL', 'the Oryol region'],
  ['RU-TUL', 'Tula Oblast'],
  ['RU-RYA', 'the Ryazan region'],
  ['RU-LIP', 'the Lipetsk region'],
  ['RU-ROS', 'the Rostov region'],
  ['RU-KDA', 'Krasnodar Krai'],
  ['RU-TAM', 'the Tambov region'],
  ['RU-MOS', 'the Moscow region'],
  ['RU-TVE', 'the Tver region'],
  ['RU-PSK', 'the Pskov region'],
  ['RU-NIZ', 'the Nizhny Novgorod region'],
  ['RU-SAR', 'the Saratov region'],
];
const UA: [code: string, phrase: string][] = [
  ['UA-32', 'the Kyiv region'],
  ['UA-63', 'the Kharkiv region'],
  ['UA-12', 'the Dnipropetrovsk region'],
  ['UA-51', 'the Odesa region'],
  ['UA-48', 'the Mykolaiv region'],
  ['UA-18', 'the Zhytomyr region'],
  ['UA-59', 'the Sumy region'],
  ['UA-74', 'the Chernihiv region'],
  ['UA-53', 'the Poltava region'],
  ['UA-46', 'the Lviv region'],
];

/**
 * Regions that only multi-region claims feed ("over the Ivanovo and Vladimir
 * regions"): their rows have nothing but `shared`, so a row lost at a batch
 * boundary (issue 10's bug) shows up as a missing snapshot.
 */
const MULTI_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['RU-IVA', 'Ivanovo'],
  ['RU-VLA', 'Vladimir'],
  ['RU-YAR', 'Yaroslavl'],
  ['RU-KOS', 'Kostroma'],
];

const RU_OPENERS = [
  'Air defence systems shot down {n} drones over {r} on {d}, the Russian defence ministry said.',
  'The defence ministry said {n} Ukrainian drones were intercepted over {r} on {d}.',
  'Russian air defences destroyed {n} drones over {r} on {d}, according to the defence ministry.',
  'According to the ministry of defence, {n} UAVs were downed over {r} on {d}.',
];
const UA_OPENERS = [
  "Ukraine's air force said air defences shot down {n} drones over {r} on {d}.",
  'The Ukrainian air force said {n} Russian drones were destroyed over {r} on {d}.',
];
const SEA_OPENER = 'Russian air defences destroyed {n} drones over the Black Sea on {d}, the defence ministry said.';

const FILLER = [
  'Local officials said there were no casualties and that emergency services were at work.',
  'The attack came as fighting continued along the front line.',
  'Residents reported hearing explosions in the night.',
  'The claims could not be independently verified.',
  'Officials in Kyiv did not comment on the reports.',
  'Power lines were damaged in several villages, the governor wrote on Telegram.',
  'Flights were briefly suspended at nearby airports.',
  'Debris fell on a warehouse, causing a small fire that was quickly put out.',
];
// Each carries its own figure, so two of them are never copies of each other by chance.
const NOISE = [
  'The city council approved {n} million for road repairs on {d}, officials said.',
  'Farmers expect {n} million tonnes of grain this year after a mild spring, the ministry of agriculture said on {d}.',
  'A new bridge over the river opened to traffic on {d}, cutting journey times by {n} minutes.',
];

/** "March 4": how the noise articles write a day. */
const spokenDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

export function chaosCorpus(size: number, seed: number, partitions = 3): ChaosMessage[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => pickOne(random, xs);
  const start = Date.UTC(2025, 2, 1);
  const out: ChaosMessage[] = [];
  let group = 0;
  // Distinct (region, day) per original: never two different reports of one identity.
  const used = new Set<string>();
  while (out.length < size) {
    const g = group++;
    const partition = g % partitions;
    const id = `chaos-${seed}-${g}`;
    const day = Math.floor(random() * 90);
    const date = new Date(start + day * 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    const spoken = spokenDate.format(date);
    const roll = random();
    if (roll < 0.02) {
      out.push({ id, partition, kind: 'bad', value: badInput(random, iso) });
      continue;
    }
    if (roll < 0.1) {
      const body = `${pick(NOISE).replace('{d}', spoken).replace('{n}', String(g))} ${pick(FILLER)}`;
      out.push({ id, partition, kind: 'noise', value: JSON.stringify({ id, body, publishedAt: iso }) });
      continue;
    }
    const where = roll < 0.57 ? 'ru' : roll < 0.65 ? 'multi' : roll < 0.92 ? 'ua' : 'sea';
    const [code, phrase] =
      where === 'ru' ? pick(RU) : where === 'multi' ? multiRegion(pick) : where === 'ua' ? pick(UA) : ['SEA-BLACK', ''];
    if (used.has(`${code}|${iso}`)) continue;
    used.add(`${code}|${iso}`);
    const n = 2 + Math.floor(random() * 60);
    const opener = (
      where === 'ru' || where === 'multi' ? pick(RU_OPENERS) : where === 'ua' ? pick(UA_OPENERS) : SEA_OPENER
    )
      .replace('{n}', String(n))
      .replace('{r}', phrase)
      .replace('{d}', spoken);
    const filler = [...FILLER].sort(() => random() - 0.5).slice(0, 4);
    const body = `${opener} ${filler.join(' ')}`;
    out.push({
      id,
      partition,
      kind: 'original',
      value: JSON.stringify({ id, body, publishedAt: iso, source: 'wire' }),
    });
    // Copies follow their original on its partition, published the same day or the next.
    const copies = random() < 0.3 ? 1 + Math.floor(random() * 2) : 0;
    for (let c = 0; c < copies && out.length < size; c++) {
      const copyId = `${id}-copy${c}`;
      const copyDate = new Date(date.getTime() + Math.floor(random() * 2) * 86_400_000).toISOString().slice(0, 10);
      if (random() < 0.5) {
        out.push({
          id: copyId,
          partition,
          kind: 'exact',
          value: JSON.stringify({ id: copyId, body, publishedAt: copyDate, source: 'syndicated' }),
        });
      } else {
        // Another outlet's light rewrite: a dateline, one filler sentence swapped, a byline.
        const reworded = `KYIV/MOSCOW (News) - ${opener} ${filler.slice(0, 3).join(' ')} ${pick(FILLER)} Reporting by staff.`;
        out.push({
          id: copyId,
          partition,
          kind: 'near',
          value: JSON.stringify({ id: copyId, body: reworded, publishedAt: copyDate, source: 'outlet' }),
        });
      }
    }
  }
  return out.slice(0, size);
}

/** Two of the multi-only regions, in one phrase, keyed by both codes. */
function multiRegion(pick: <T>(xs: readonly T[]) => T): [string, string] {
  const a = pick(MULTI_ONLY);
  const b = pick(MULTI_ONLY.filter((r) => r !== a));
  const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
  return [`${first[0]}+${second[0]}`, `the ${first[1]} and ${second[1]} regions`];
}

/** One of the kinds of input ingest turns away (tests/integration/bad-input covers each in depth). */
function badInput(random: Rng, iso: string): string | Buffer {
  const kinds: (() => string | Buffer)[] = [
    () => '{"id": "broken", "body": ',
    () => JSON.stringify({ body: 42 }),
    () => JSON.stringify({ body: '   ' }),
    () => JSON.stringify({ body: 'Drones were shot down.', publishedAt: `${iso}T99:99` }),
    () => Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]),
    () => JSON.stringify({ body: 'Drones.', schemaVersion: 99 }),
  ];
  return pickOne(random, kinds)();
}
