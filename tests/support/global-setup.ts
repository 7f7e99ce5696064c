/**
 * Jest global setup of the `integration` project: provides ONE Kafka broker for the whole run and
 * publishes its bootstrap string as process.env.KAFKA_BROKERS (test files and the services they spawn
 * inherit it). Picks, in order:
 *   1. KAFKA_BROKERS already set      -> used as is, nothing started (CI service, your own broker)
 *   2. a Docker engine answers        -> a Kafka 3.9 container (@testcontainers/kafka; SKYTALLY_TEST_KAFKA_IMAGE)
 *   3. otherwise                      -> the local broker (libs/broker): Apache Kafka 4.4 jars on a JVM,
 *                                        free ports, a fresh temp state dir
 * SKYTALLY_TEST_BROKER=local|docker forces 2 or 3. SKYTALLY_TEST_BROKER_KIND tells tests which one ran.
 * Imports are relative: Jest does not apply moduleNameMapper to global hooks. The broker library
 * imports other @skytally/* libraries, so it is taken from the build (dist/, which `npm test` makes
 * first, and which the integration tests need anyway: they run the built services).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerAvailable, startDockerKafka } from './docker-kafka';
import { setTestBroker, type TestBrokerHandle } from './harness-state';
import { installExitGuard } from './exit-guard';

function log(msg: string): void {
  process.stderr.write(`[integration] ${msg}\n`);
}

type BrokerLibrary = typeof import('../../libs/broker/src');

async function brokerLibrary(): Promise<BrokerLibrary> {
  const built = join(__dirname, '../../dist/libs/broker/src/index.js');
  if (!existsSync(built))
    throw new Error(`${built} is missing: run \`npm run build\` first (integration tests run the built services)`);
  return (await import(built)) as BrokerLibrary;
}

async function startLocal(): Promise<TestBrokerHandle> {
  const { startLocalBroker, stopLocalBroker } = await brokerLibrary();
  const stateDir = mkdtempSync(join(tmpdir(), 'skytally-it-broker-'));
  const keep = process.env.SKYTALLY_KEEP_BROKER_STATE === '1';
  try {
    const broker = await startLocalBroker({ stateDir, heapMb: 512, timeoutMs: 120_000 });
    const removeGuard = installExitGuard(broker.pid);
    return {
      kind: 'local',
      brokers: broker.brokers,
      stop: async () => {
        await stopLocalBroker(stateDir);
        removeGuard();
        if (keep) log(`broker state kept in ${stateDir}`);
        else rmSync(stateDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (!keep) rmSync(stateDir, { recursive: true, force: true });
    throw err;
  }
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const preset = process.env.KAFKA_BROKERS?.trim();
  let handle: TestBrokerHandle;
  if (preset) {
    handle = { kind: 'external', brokers: preset, stop: () => Promise.resolve() };
  } else {
    const forced = process.env.SKYTALLY_TEST_BROKER;
    const useDocker = forced === 'docker' || (forced !== 'local' && (await dockerAvailable(5_000)));
    handle = useDocker ? await startDockerKafka() : await startLocal();
  }
  setTestBroker(handle);
  process.env.KAFKA_BROKERS = handle.brokers;
  process.env.SKYTALLY_TEST_BROKER_KIND = handle.kind;
  log(`Kafka (${handle.kind}) at ${handle.brokers}, ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
