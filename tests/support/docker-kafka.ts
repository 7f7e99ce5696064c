/**
 * The Docker path of the harness: a Kafka container via @testcontainers/kafka, only when a container
 * engine actually answers. A cheap look for a socket comes first so machines without Docker (ours)
 * neither import testcontainers nor wait for its runtime discovery to fail.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { TestBrokerHandle } from './harness-state';

/** Kafka 3.9 as a Confluent image (KafkaContainer drives their entrypoint); the local broker runs Kafka 4.4. SKYTALLY_TEST_KAFKA_IMAGE picks another. */
const DEFAULT_IMAGE = 'confluentinc/cp-kafka:7.9.0';
const KAFKA_CONTAINER_PORT = 9093;

function dockerSocketLikely(env: NodeJS.ProcessEnv): boolean {
  if (env.DOCKER_HOST || env.TESTCONTAINERS_HOST_OVERRIDE) return true;
  const home = homedir();
  const candidates = [
    '/var/run/docker.sock',
    join(home, '.docker', 'run', 'docker.sock'),
    join(home, '.docker', 'desktop', 'docker.sock'),
    join(home, '.colima', 'default', 'docker.sock'),
    join(home, '.rd', 'docker.sock'),
    join(home, '.testcontainers.properties'),
    env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'docker.sock') : '',
    env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock') : '',
  ];
  return candidates.some((p) => p && existsSync(p));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when a container engine answers within timeoutMs. */
export async function dockerAvailable(timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!dockerSocketLikely(env)) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    // Resolving the client means a strategy found an engine and it answered `info`.
    await withTimeout(getContainerRuntimeClient(), timeoutMs, 'the container runtime');
    return true;
  } catch {
    return false;
  }
}

export async function startDockerKafka(env: NodeJS.ProcessEnv = process.env): Promise<TestBrokerHandle> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const image = env.SKYTALLY_TEST_KAFKA_IMAGE || DEFAULT_IMAGE;
  const container = await new KafkaContainer(image).withKraft().start();
  const brokers = `${container.getHost()}:${container.getMappedPort(KAFKA_CONTAINER_PORT)}`;
  return { kind: 'docker', brokers, stop: async () => void (await container.stop()) };
}
