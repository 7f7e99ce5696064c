/** Jest global teardown of the `integration` project: stops exactly what global-setup.ts started. */
import { getTestBroker, setTestBroker } from './harness-state';

export default async function globalTeardown(): Promise<void> {
  const handle = getTestBroker();
  if (!handle) return;
  setTestBroker(undefined);
  const started = Date.now();
  await handle.stop();
  if (handle.kind !== 'external') {
    process.stderr.write(
      `[integration] Kafka (${handle.kind}) stopped in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
    );
  }
}
