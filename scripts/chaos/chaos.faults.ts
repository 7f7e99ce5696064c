/**
 * The fault plan: which faults, in what (seeded, random) order. Scaling a
 * stage up, stalling one of its two instances (a zombie) and scaling it back
 * down keep their relative order; everything else is shuffled.
 */
import { STAGES, type StageName } from '@skytally/pipeline';
import { type Rng, shuffled } from '@skytally/random';

export type Fault =
  | { type: 'kill'; stage: StageName }
  | { type: 'zombie'; stage: StageName }
  | { type: 'broker'; signal: 'SIGTERM' | 'SIGKILL' }
  /** Three brokers: kill the node that leads `topic` (a partition of it), then start it again. */
  | { type: 'leader'; topic: 'ingested' | 'claims'; signal: 'SIGTERM' | 'SIGKILL' }
  | { type: 'scale-up'; stage: StageName }
  | { type: 'scale-down'; stage: StageName };

export function faultLabel(fault: Fault): string {
  if (fault.type === 'leader') return `leader-${fault.topic}-${fault.signal}`;
  return fault.type === 'broker' ? `broker-${fault.signal}` : `${fault.type}-${fault.stage}`;
}

/** The fault's family for the per-type figures: kill, zombie, broker-SIGTERM, scale-up… */
export function faultFamily(fault: Fault): string {
  if (fault.type === 'leader') return `leader-${fault.signal}`;
  return fault.type === 'broker' ? `broker-${fault.signal}` : fault.type;
}

/**
 * With several brokers the broker faults are leader kills instead: the node that leads
 * articles.ingested and the one that leads a partition of interceptions.claims, by SIGKILL and SIGTERM.
 */
export function faultPlan(mode: 'full' | 'short', random: Rng, brokers = 1): Fault[] {
  const plan = singleBrokerPlan(mode, random);
  if (brokers === 1) return plan;
  const leaders: Fault[] =
    mode === 'short'
      ? [
          { type: 'leader', topic: 'ingested', signal: 'SIGKILL' },
          { type: 'leader', topic: 'claims', signal: 'SIGTERM' },
        ]
      : [
          { type: 'leader', topic: 'ingested', signal: 'SIGKILL' },
          { type: 'leader', topic: 'claims', signal: 'SIGKILL' },
          { type: 'leader', topic: 'ingested', signal: 'SIGTERM' },
          { type: 'leader', topic: 'claims', signal: 'SIGTERM' },
        ];
  const out: Fault[] = [];
  for (const fault of plan) {
    if (fault.type !== 'broker') out.push(fault);
    else out.push(...leaders.splice(0, 2));
  }
  return [...out, ...leaders];
}

function singleBrokerPlan(mode: 'full' | 'short', random: Rng): Fault[] {
  const shuffle = <T>(xs: readonly T[]): T[] => shuffled(random, xs);
  if (mode === 'short') {
    // One of each kind that matters most, for `npm test`.
    return [
      ...shuffle<Fault>(STAGES.map((stage) => ({ type: 'kill', stage }))),
      { type: 'zombie', stage: 'extract' },
      { type: 'broker', signal: 'SIGKILL' },
    ];
  }
  const base = shuffle<Fault>([
    ...STAGES.flatMap((stage) => [0, 1, 2].map((): Fault => ({ type: 'kill', stage }))),
    { type: 'broker', signal: 'SIGTERM' },
    { type: 'broker', signal: 'SIGKILL' },
    // A stalled single owner: nobody to take over; it rejoins after SIGCONT.
    { type: 'zombie', stage: 'dedup' },
  ]);
  // Two scaling episodes; aggregate's has a zombie in it (the other instance takes over its partitions).
  for (const [stage, withZombie] of [
    ['aggregate', true],
    ['extract', false],
  ] as const) {
    const episode: Fault[] = [
      { type: 'scale-up', stage },
      ...(withZombie ? [{ type: 'zombie', stage } as Fault] : []),
      { type: 'scale-down', stage },
    ];
    let at = 0;
    for (const fault of episode) {
      at += Math.floor(random() * Math.max(1, (base.length - at) / 2)) + 1;
      at = Math.min(at, base.length);
      base.splice(at, 0, fault);
    }
  }
  return base;
}
