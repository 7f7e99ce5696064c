/**
 * Where the pipeline's latency goes, stage by stage: each service's
 * `skytally_stage_phase_seconds` histogram (libs/kafka phase-timings.ts),
 * read from its metrics endpoint once the warm-up is over and again at the
 * end, the difference summarised per phase. A note line of the run, so a
 * tail in the end-to-end figures can be traced to a hop (`age`), a stage's
 * own code (`process`, `end`), the brokers' acknowledgement (`send`) or the
 * commit.
 */
import { createServer } from 'node:net';
import { PHASE_BUCKETS_MS, quantileOfBuckets } from '@skytally/kafka';

/** Phase → cumulative bucket counts as Prometheus gives them (one per bound, then +Inf). */
export type PhaseCounts = Map<string, number[]>;

/** A port nobody listens on now (the service binds it a moment later: good enough on one machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The phase histogram from one service's /metrics; empty if it does not answer. */
export async function scrapePhases(port: number): Promise<PhaseCounts> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5_000) });
    return parsePhaseBuckets(await res.text());
  } catch {
    return new Map();
  }
}

const BUCKET_LINE = /^skytally_stage_phase_seconds_bucket\{([^}]*)\} (\d+(?:\.\d+)?)$/;

export function parsePhaseBuckets(text: string): PhaseCounts {
  const bounds = [...PHASE_BUCKETS_MS.map((ms) => ms / 1000), Infinity];
  const out: PhaseCounts = new Map();
  for (const line of text.split('\n')) {
    const m = BUCKET_LINE.exec(line);
    if (!m) continue;
    const labels = new Map([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1]!, l[2]!] as const));
    const le = labels.get('le') === '+Inf' ? Infinity : Number(labels.get('le'));
    const index = bounds.findIndex((b) => b === le || Math.abs(b - le) < 1e-9);
    const phase = labels.get('phase');
    if (index < 0 || !phase) continue;
    let counts = out.get(phase);
    if (!counts) out.set(phase, (counts = new Array<number>(bounds.length).fill(0)));
    counts[index] = Number(m[2]);
  }
  return out;
}

/** p50/p99 (ms) of each phase between two scrapes: what the batches of that span took. */
export function phaseQuantiles(
  before: PhaseCounts,
  after: PhaseCounts,
): Map<string, { n: number; p50: number; p99: number }> {
  const out = new Map<string, { n: number; p50: number; p99: number }>();
  for (const [phase, cumulative] of after) {
    const earlier = before.get(phase);
    const perBucket = cumulative.map((c, i) => {
      const span = c - (earlier?.[i] ?? 0);
      const below = i === 0 ? 0 : (cumulative[i - 1] as number) - (earlier?.[i - 1] ?? 0);
      return span - below;
    });
    const n = perBucket.reduce((a, b) => a + b, 0);
    if (n === 0) continue;
    out.set(phase, {
      n,
      p50: Math.round(quantileOfBuckets(perBucket, 0.5)),
      p99: Math.round(quantileOfBuckets(perBucket, 0.99)),
    });
  }
  return out;
}

const ORDER = ['age', 'wait', 'process', 'end', 'send', 'commit', 'batch'];

/** One stage's phases as "age 40/120 process 3/9 …" (p50/p99 ms), in the batch's order. */
export function formatPhases(stage: string, phases: Map<string, { n: number; p50: number; p99: number }>): string {
  const parts = ORDER.flatMap((phase) => {
    const q = phases.get(phase);
    return q ? [`${phase} ${q.p50}/${q.p99}`] : [];
  });
  const batches = phases.get('batch')?.n ?? 0;
  return `${stage} (${batches} batches) ${parts.join(' ')}`;
}
