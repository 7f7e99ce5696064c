import {
  renderLog4j2Properties,
  renderLog4jProperties,
  renderProperties,
  renderServerProperties,
} from './server-properties.renderer';

function parse(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    map.set(line.slice(0, i), line.slice(i + 1));
  }
  return map;
}

describe('renderServerProperties', () => {
  const props = parse(renderServerProperties({ port: 19092, controllerPort: 19093, dataDir: '/tmp/state/data' }));

  it('configures a single-node KRaft combined broker+controller with a static voter', () => {
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('node.id')).toBe('1');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:19093');
    expect(props.get('controller.listener.names')).toBe('CONTROLLER');
    expect(props.get('log.dirs')).toBe('/tmp/state/data');
  });

  it('binds and advertises loopback only', () => {
    expect(props.get('listeners')).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(props.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(props.get('listeners')).not.toMatch(/0\.0\.0\.0|localhost/);
  });

  it('uses replication factor 1 everywhere and no initial rebalance delay', () => {
    for (const key of [
      'default.replication.factor',
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'min.insync.replicas',
    ]) {
      expect([key, props.get(key)]).toEqual([key, '1']);
    }
    expect(props.get('group.initial.rebalance.delay.ms')).toBe('0');
    expect(props.get('auto.create.topics.enable')).toBe('false');
  });

  it('has no duplicate keys', () => {
    const keys = renderServerProperties({ port: 1, controllerPort: 2, dataDir: '/d' })
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('renderProperties', () => {
  it('escapes backslashes and newlines in values and comments the header', () => {
    expect(
      renderProperties(
        [
          ['log.dirs', 'C:\\kafka\\data'],
          ['x', 'a\nb'],
        ],
        'one\ntwo',
      ),
    ).toBe('# one\n# two\nlog.dirs=C:\\\\kafka\\\\data\nx=a\\nb\n');
  });
});

describe('renderLog4jProperties', () => {
  it('logs to <logDir>/server.log through a rolling file appender', () => {
    const props = parse(renderLog4jProperties('/tmp/state/logs'));
    expect(props.get('log4j.rootLogger')).toBe('INFO, file');
    expect(props.get('log4j.appender.file')).toBe('org.apache.log4j.RollingFileAppender');
    expect(props.get('log4j.appender.file.File')).toBe('/tmp/state/logs/server.log');
  });
});

describe('renderLog4j2Properties (Kafka 4.x)', () => {
  it('logs to <logDir>/server.log through a size-rolled file appender', () => {
    const props = parse(renderLog4j2Properties('/tmp/state/logs'));
    expect(props.get('appender.file.type')).toBe('RollingFile');
    expect(props.get('appender.file.fileName')).toBe('/tmp/state/logs/server.log');
    expect(props.get('rootLogger.appenderRef.file.ref')).toBe('file');
    expect(props.get('logger.request.name')).toBe('kafka.request.logger');
  });
});

describe('renderServerProperties for a cluster node', () => {
  it('takes its id and the shared voters, with 3 replicas and 2 in sync', () => {
    const props = parse(
      renderServerProperties({
        port: 1,
        controllerPort: 2,
        dataDir: '/d',
        node: {
          nodeId: 2,
          voters: '1@127.0.0.1:11,2@127.0.0.1:12,3@127.0.0.1:13',
          replicationFactor: 3,
          minInsyncReplicas: 2,
        },
      }),
    );
    expect(props.get('node.id')).toBe('2');
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:11,2@127.0.0.1:12,3@127.0.0.1:13');
    for (const key of [
      'default.replication.factor',
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
    ])
      expect(props.get(key)).toBe('3');
    expect(props.get('min.insync.replicas')).toBe('2');
    expect(props.get('transaction.state.log.min.isr')).toBe('2');
  });
});

describe('renderServerProperties for a secure broker', () => {
  const props = parse(
    renderServerProperties({
      port: 1,
      controllerPort: 2,
      dataDir: '/d',
      security: {
        keystore: '/k.p12',
        truststore: '/t.p12',
        storePassword: 'sp',
        adminUser: 'admin',
        adminPassword: 'ap',
      },
    }),
  );
  it('speaks SASL_SSL with SCRAM-SHA-512 to clients and between brokers, PLAIN on the loopback controller listener', () => {
    expect(props.get('listeners')).toBe('SASL_SSL://127.0.0.1:1,CONTROLLER://127.0.0.1:2');
    expect(props.get('advertised.listeners')).toBe('SASL_SSL://127.0.0.1:1');
    expect(props.get('listener.security.protocol.map')).toBe('SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT');
    expect(props.get('sasl.enabled.mechanisms')).toBe('SCRAM-SHA-512');
    expect(props.get('sasl.mechanism.controller.protocol')).toBe('PLAIN');
  });
  it('authorizes with StandardAuthorizer, the admin the only super user, nothing allowed without an ACL', () => {
    expect(props.get('authorizer.class.name')).toBe('org.apache.kafka.metadata.authorizer.StandardAuthorizer');
    expect(props.get('super.users')).toBe('User:admin');
    expect(props.get('allow.everyone.if.no.acl.found')).toBe('false');
  });
});
