import { createServer } from 'node:net';
import { type LocalBroker, defaultBrokerOptions, localBrokerStatus, startLocalBroker } from '@skytally/broker';
import type { SkytallyConfig } from '@skytally/config';

/** The user's local broker: its state folder and preferred port (9092). */
export function userBrokerOptions(config: SkytallyConfig) {
  return defaultBrokerOptions({ SKYTALLY_HOME: config.SKYTALLY_HOME });
}

/**
 * The brokers the CLI talks to: KAFKA_BROKERS when set, else the local broker
 * when it runs, else the default address.
 */
export async function resolveBrokers(config: SkytallyConfig): Promise<string> {
  if (config.KAFKA_BROKERS) return config.KAFKA_BROKERS;
  const status = await localBrokerStatus(userBrokerOptions(config).stateDir);
  return status.running && status.brokers ? status.brokers : '127.0.0.1:9092';
}

/**
 * Starts the local broker unless it already runs. `owned` says whether this
 * call started it (and so whether the caller should stop it). Port 9092 is
 * preferred; when something else holds it, a free port is used.
 */
export async function ensureLocalBroker(config: SkytallyConfig): Promise<{ broker: LocalBroker; owned: boolean }> {
  const options = userBrokerOptions(config);
  const status = await localBrokerStatus(options.stateDir);
  const port = status.running || (await isPortFree(options.port)) ? options.port : 0;
  const broker = await startLocalBroker({ ...options, port });
  return { broker, owned: !status.running };
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
