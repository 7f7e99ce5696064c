/**
 * Last-resort cleanup for the harness's local broker: the JVM runs detached (its own process group,
 * so Ctrl-C in the terminal does not reach it), so when Jest dies without running the global
 * teardown (Ctrl-C, SIGTERM, a crash) we SIGKILL that one pid, then let the signal take its course.
 */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function installExitGuard(pid: number): () => void {
  const killBroker = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killBroker();
    remove();
    // Re-raise so the default behaviour (exit with the signal) happens as if we were not here.
    process.kill(process.pid, signal);
  };
  const remove = () => {
    process.removeListener('exit', killBroker);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
  process.once('exit', killBroker);
  for (const s of SIGNALS) process.once(s, onSignal);
  return remove;
}
