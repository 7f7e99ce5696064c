/**
 * The short chaos run (scripts/chaos, `npm run chaos -- --short`): a small
 * corpus through the four services on a broker of its own (it is killed, so
 * not the shared one), with one SIGKILL per stage, one SIGSTOP zombie past
 * the session timeout and one broker SIGKILL. Nothing may be lost and
 * nothing counted twice.
 */
import { runChaos } from '../../scripts/chaos/chaos.run';

describe('chaos (short)', () => {
  it('SIGKILL of every stage, a zombie and a broker crash: nothing lost, nothing counted twice', async () => {
    const lines: string[] = [];
    const result = await runChaos({ articles: 300, seed: 11, mode: 'short', log: (line) => lines.push(line) });
    const summary = JSON.stringify(result);
    expect({ lost: result.lost, double_counted: result.double_counted }).toEqual({ lost: 0, double_counted: 0 });
    expect(result.accounted).toBe(result.articles);
    expect(result.snapshot_mismatches).toBe(0);
    expect(result.unrecovered).toBe(0);
    expect(result.fault_counts).toEqual({ kill: 4, zombie: 1, 'broker-SIGKILL': 1 });
    expect(result.ok).toBe(true);
    // On failure the figures and the run's own account are in the message.
    if (!result.ok) throw new Error(`${summary}\n${lines.join('\n')}`);
  }, 240_000);
});
