/**
 * A deterministic corpus of dated bulletins for recovery tests: each article
 * reports one count over one region on its own date, in varied wording, so
 * no two are duplicates and the expected all-time count per region is known.
 */
import { mulberry32, pick } from '@skytally/random';
import { RU } from '../../../scripts/chaos/chaos.corpus';

// The chaos corpus's regions and phrases (one table), the first 12: the region of article i is REGIONS[i % 12].
const REGIONS = RU.slice(0, 12);

const OPENERS = [
  'Air defence systems shot down {n} drones over {r} on {d}, the Russian defence ministry said.',
  'The defence ministry said {n} Ukrainian drones were intercepted over {r} on {d}.',
  'Russian air defences destroyed {n} drones over {r} on {d}, according to the defence ministry.',
  'According to the ministry of defence, {n} UAVs were downed over {r} on {d}.',
];

const FILLER = [
  'Local officials said there were no casualties and that emergency services were at work.',
  'The attack came as fighting continued along the front line.',
  'Residents reported hearing explosions in the night.',
  'The claims could not be independently verified.',
  'Kyiv did not comment on the reports.',
];

export interface CorpusArticle {
  id: string;
  body: string;
  publishedAt: string;
  region: string;
  count: number;
}

const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

export function claimsCorpus(size: number, seed = 7): CorpusArticle[] {
  const random = mulberry32(seed);
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: size }, (_, i) => {
    const [region, phrase] = REGIONS[i % REGIONS.length] as (typeof REGIONS)[number]; // i % length is an index
    // One article per region per day: day index makes every claim distinct.
    const day = Math.floor(i / REGIONS.length);
    const date = new Date(start + day * 86_400_000);
    const publishedAt = date.toISOString().slice(0, 10);
    const count = 2 + Math.floor(random() * 60);
    const spoken = `${monthName.format(date)} ${date.getUTCDate()}`;
    const opener = pick(random, OPENERS).replace('{n}', String(count)).replace('{r}', phrase).replace('{d}', spoken);
    const filler = [...FILLER]
      .sort(() => random() - 0.5)
      .slice(0, 2)
      .join(' ');
    return { id: `bulletin-${seed}-${i}`, body: `${opener} ${filler}`, publishedAt, region, count };
  });
}

export function expectedTotals(corpus: CorpusArticle[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const a of corpus) totals.set(a.region, (totals.get(a.region) ?? 0) + a.count);
  return totals;
}

export function toMessages(corpus: CorpusArticle[]): { key: string; value: string }[] {
  return corpus.map((a) => ({
    key: a.id,
    value: JSON.stringify({ id: a.id, body: a.body, publishedAt: a.publishedAt }),
  }));
}
