import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@skytally/config';
import { kafkaClientOptions } from './kafka-client.factory';

describe('kafka client options from the environment', () => {
  it('defaults to a local plaintext broker', () => {
    const options = kafkaClientOptions(parseConfig({}), 'ingest');
    expect(options.brokers).toEqual(['127.0.0.1:9092']);
    expect(options.ssl).toBeUndefined();
    expect(options.sasl).toBeUndefined();
    expect(options.clientId).toBe('skytally-ingest');
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)('configures SASL %s', (mechanism) => {
    const options = kafkaClientOptions(
      parseConfig({ KAFKA_BROKERS: 'b1:9093, b2:9093', KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }),
      'dedup',
    );
    expect(options.brokers).toEqual(['b1:9093', 'b2:9093']);
    expect(options.sasl).toEqual({ mechanism, username: 'u', password: 'p' });
  });

  it('configures TLS with a CA and a client certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    for (const f of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, f), `-----${f}-----`);
    const options = kafkaClientOptions(
      parseConfig({
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: join(dir, 'ca.pem'),
        KAFKA_SSL_CERT_FILE: join(dir, 'cert.pem'),
        KAFKA_SSL_KEY_FILE: join(dir, 'key.pem'),
        KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
      }),
      'extract',
    );
    expect(options.ssl).toEqual({ rejectUnauthorized: false, ca: ['-----ca.pem-----'], cert: '-----cert.pem-----', key: '-----key.pem-----' });
  });
});
