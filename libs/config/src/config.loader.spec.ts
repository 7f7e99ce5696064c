import { ConfigError, parseConfig } from './config.loader';

describe('parseConfig', () => {
  it('applies defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      SKYTALLY_TOPIC_PREFIX: '',
      SKYTALLY_PARTITIONS: 3,
      SKYTALLY_MAX_BODY_BYTES: 1048576,
      KAFKA_SSL: false,
    });
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ KAFKA_BROKERS: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      parseConfig({ SKYTALLY_PARTITIONS: 'zero', LOG_LEVEL: 'loud', SKYTALLY_TOPIC_PREFIX: 'bad prefix' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'SKYTALLY_PARTITIONS',
      'SKYTALLY_TOPIC_PREFIX',
    ]);
  });

  it('requires credentials with a SASL mechanism', () => {
    expect(() => parseConfig({ KAFKA_SASL_MECHANISM: 'plain' })).toThrow(
      /KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required/,
    );
  });
});
