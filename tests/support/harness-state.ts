/**
 * What the integration global setup started, handed to the global teardown. Jest runs both hooks
 * in the same parent process, and globals set in globalSetup are readable only in globalTeardown.
 */
export type TestBrokerKind = 'external' | 'docker' | 'local';

export interface TestBrokerHandle {
  kind: TestBrokerKind;
  brokers: string;
  /** Stops exactly what setup started (nothing for an external broker). */
  stop(): Promise<void>;
}

const KEY = '__SKYTALLY_TEST_BROKER__';

export function setTestBroker(handle: TestBrokerHandle | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = handle;
}

export function getTestBroker(): TestBrokerHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as TestBrokerHandle | undefined;
}
