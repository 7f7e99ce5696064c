/**
 * The fault plan: which faults, in what (seeded, random) order. Scaling a
 * stage up, stalling one of its two instances (a zombie) and scaling it back
 * down keep their relative order; everything else is shuffled.
 */
import type { StageName } from '../../apps/cli/src/pipeline/repo-paths';

export type Fault =
  | { type: 'kill'; stage: StageName }
  | { type: 'zombie'; stage: StageName }
  | { type: 'broker'; signal: 'SIGTERM' | 'SIGKILL' }
  | { type: 'scale-up'; stage: StageName }
  | { type: 'scale-down'; stage: StageName };

export function faultLabel(fault: Fault): string {
  return fault.type === 'broker' ? `broker-${fault.signal}` : `${fault.type}-${fault.stage}`;
}

/** The fault's family for the per-type figures: kill, zombie, broker-SIGTERM, scale-up… */
export function faultFamily(fault: Fault): string {
  return fault.type === 'broker' ? `broker-${fault.signal}` : fault.type;
}

export function faultPlan(mode: 'full' | 'short', random: () => number): Fault[] {
  const stages: StageName[] = ['ingest', 'dedup', 'extract', 'aggregate'];
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  if (mode === 'short') {
    // One of each kind that matters most, for `npm test`.
    return [...shuffle<Fault>(stages.map((stage) => ({ type: 'kill', stage }))), { type: 'zombie', stage: 'extract' }, { type: 'broker', signal: 'SIGKILL' }];
  }
  const base = shuffle<Fault>([
    ...stages.flatMap((stage) => [0, 1, 2].map((): Fault => ({ type: 'kill', stage }))),
    { type: 'broker', signal: 'SIGTERM' },
    { type: 'broker', signal: 'SIGKILL' },
    // A stalled single owner: nobody to take over; it rejoins after SIGCONT.
    { type: 'zombie', stage: 'dedup' },
  ]);
  // Two scaling episodes; aggregate's has a zombie in it (the other instance takes over its partitions).
  for (const [stage, withZombie] of [['aggregate', true], ['extract', false]] as const) {
    const episode: Fault[] = [{ type: 'scale-up', stage }, ...(withZombie ? [{ type: 'zombie', stage } as Fault] : []), { type: 'scale-down', stage }];
    let at = 0;
    for (const fault of episode) {
      at += Math.floor(random() * Math.max(1, (base.length - at) / 2)) + 1;
      at = Math.min(at, base.length);
      base.splice(at, 0, fault);
    }
  }
  return base;
}
