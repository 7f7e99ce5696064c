/**
 * What a clean run must end with, computed offline by the same pure cores the
 * services run (ingest → dedup → extract → aggregate), in the order dedup
 * will see each original and its copies. No broker, no processes.
 */
import { parseConfig } from '@skytally/config';
import type { Snapshot } from '@skytally/contracts';
import { AggregateCore, toClaimRecords } from '@skytally/aggregation';
import { DedupCore } from '@skytally/dedup';
import { extractClaims } from '@skytally/extraction';
import { ingest } from '@skytally/ingestion';
import { dedupOptionsFor, rowName } from '@skytally/stage-options';
import type { ChaosMessage } from './chaos.corpus';

export type Fate = 'unique' | 'duplicate' | 'rejected';

export interface Expected {
  fates: Map<string, Fate>;
  snapshots: Map<string, Snapshot>;
  claims: number;
}

export function expectedOutcome(corpus: ChaosMessage[], env: Record<string, string>): Expected {
  const config = parseConfig(env);
  const dedup = new DedupCore(dedupOptionsFor(config));
  const aggregate = new AggregateCore({
    allowedLatenessMs: config.SKYTALLY_ALLOWED_LATENESS_MS,
    idleMs: config.SKYTALLY_IDLE_MS,
    nameOf: rowName,
  });
  const fates = new Map<string, Fate>();
  const receivedAt = new Date();
  let claims = 0;
  for (const m of corpus) {
    const value = typeof m.value === 'string' ? Buffer.from(m.value, 'utf8') : m.value;
    const outcome = ingest(
      { key: Buffer.from(m.id), value, receivedAt },
      { maxBodyBytes: config.SKYTALLY_MAX_BODY_BYTES },
    );
    if (outcome.kind === 'rejected') {
      fates.set(m.id, 'rejected');
      continue;
    }
    const decision = dedup.decide(outcome.article);
    if (decision.verdict !== 'unique') {
      fates.set(m.id, 'duplicate');
      continue;
    }
    fates.set(m.id, 'unique');
    for (const record of toClaimRecords(outcome.article, extractClaims(outcome.article))) {
      aggregate.apply(record);
      claims++;
    }
  }
  aggregate.flush();
  return { fates, snapshots: new Map(aggregate.snapshots().map((s) => [s.key, s])), claims };
}
