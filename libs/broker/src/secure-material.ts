/**
 * The secrets of a secure local broker, made once per state dir (when its data is formatted) and
 * kept in it, mode 0600:
 *   tls/ca.pem, tls/ca.key            a CA of its own (openssl), valid 30 days
 *   tls/broker.pem, tls/broker.key    the broker's certificate, signed by that CA, for 127.0.0.1 and localhost
 *   tls/broker.p12, tls/truststore.p12  the same as PKCS12 stores for the JVM (openssl, keytool)
 *   secrets.json                      the stores' password and every SASL user's password
 * Passwords are random (24 bytes, base64url) and go to openssl/keytool through the environment,
 * never their argv. `broker reset` (or deleting the state dir) is how they are rotated.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Relative, not @skytally/config: Jest's global setup loads this library without the path mapper.
import { childEnv } from '../../config/src';

export const ADMIN_USER = 'admin';
/** The principal the services and the CLI use; README "An existing Kafka cluster" lists its rights. */
export const SERVICE_USER = 'skytally';

export interface SecureMaterial {
  caFile: string;
  keystore: string;
  truststore: string;
  storePassword: string;
  /** SASL/SCRAM users and their passwords: the admin (super user) and the service principal. */
  users: Record<string, string>;
}

const password = () => randomBytes(24).toString('base64url');

function run(cmd: string, args: string[], env: Record<string, string>, cwd: string): void {
  const res = spawnSync(cmd, args, { cwd, env: childEnv(env), encoding: 'utf8' });
  if (res.error) throw new Error(`${cmd} is needed for a secure broker: ${res.error.message}`);
  if (res.status !== 0)
    throw new Error(
      `${cmd} ${args[0]} failed (exit ${res.status}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
}

/** The material of stateDir, made now if it does not exist yet. */
export function ensureSecureMaterial(stateDir: string, extraUsers: readonly string[] = []): SecureMaterial {
  const tls = join(stateDir, 'tls');
  const secretsFile = join(stateDir, 'secrets.json');
  const material: SecureMaterial = {
    caFile: join(tls, 'ca.pem'),
    keystore: join(tls, 'broker.p12'),
    truststore: join(tls, 'truststore.p12'),
    storePassword: '',
    users: {},
  };
  if (existsSync(secretsFile) && existsSync(material.keystore) && existsSync(material.truststore)) {
    const saved = JSON.parse(readFileSync(secretsFile, 'utf8')) as Pick<SecureMaterial, 'storePassword' | 'users'>;
    return { ...material, ...saved };
  }
  mkdirSync(tls, { recursive: true, mode: 0o700 });
  const env = { SKYTALLY_STORE_PASSWORD: password() };
  const days = '30';
  run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      days,
      '-subj',
      '/CN=skytally local CA',
    ],
    env,
    tls,
  );
  run(
    'openssl',
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'broker.key', '-out', 'broker.csr', '-subj', '/CN=localhost'],
    env,
    tls,
  );
  writeFileSync(
    join(tls, 'broker.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n',
  );
  run(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      'broker.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'broker.pem',
      '-days',
      days,
      '-extfile',
      'broker.ext',
    ],
    env,
    tls,
  );
  run(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-in',
      'broker.pem',
      '-inkey',
      'broker.key',
      '-certfile',
      'ca.pem',
      '-name',
      'broker',
      '-out',
      'broker.p12',
      '-passout',
      'env:SKYTALLY_STORE_PASSWORD',
    ],
    env,
    tls,
  );
  run(
    'keytool',
    [
      '-importcert',
      '-noprompt',
      '-alias',
      'skytally-ca',
      '-file',
      'ca.pem',
      '-keystore',
      'truststore.p12',
      '-storetype',
      'PKCS12',
      '-storepass:env',
      'SKYTALLY_STORE_PASSWORD',
    ],
    env,
    tls,
  );
  for (const f of ['ca.key', 'broker.key', 'broker.p12', 'truststore.p12']) chmodSync(join(tls, f), 0o600);
  material.storePassword = env.SKYTALLY_STORE_PASSWORD;
  for (const user of [ADMIN_USER, SERVICE_USER, ...extraUsers]) material.users[user] = password();
  writeFileSync(
    secretsFile,
    JSON.stringify({ storePassword: material.storePassword, users: material.users }, null, 2) + '\n',
    { mode: 0o600 },
  );
  return material;
}

/** `--add-scram` arguments of `kafka-storage format`: the SCRAM-SHA-512 credentials bootstrapped into the metadata log. */
export function scramFormatArgs(material: SecureMaterial): string[] {
  return Object.entries(material.users).flatMap(([name, pw]) => [
    '--add-scram',
    `SCRAM-SHA-512=[name=${name},password=${pw}]`,
  ]);
}

/** Shell-quotes a value for a `source`-able file. */
const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

/**
 * The client settings for one user as a file a shell can `source` (mode 0600): KAFKA_BROKERS,
 * KAFKA_SSL*, KAFKA_SASL_*. Returns its path.
 */
export function writeClientEnv(file: string, brokers: string, material: SecureMaterial, user = SERVICE_USER): string {
  const pw = material.users[user];
  if (pw === undefined) throw new Error(`no SASL user ${user} on this broker`);
  const lines = [
    '# skytally: client settings of the secure local broker (skytally broker start --secure). Keep private.',
    `export KAFKA_BROKERS=${sh(brokers)}`,
    'export KAFKA_SSL=true',
    `export KAFKA_SSL_CA_FILE=${sh(material.caFile)}`,
    'export KAFKA_SASL_MECHANISM=scram-sha-512',
    `export KAFKA_SASL_USERNAME=${sh(user)}`,
    `export KAFKA_SASL_PASSWORD=${sh(pw)}`,
  ];
  writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}
