#!/usr/bin/env node
'use strict';
// The Docker HEALTHCHECK of a service: exit 0 when its /health/ready answers 200 (the consumer has
// joined its group and runs), 1 otherwise. Port and address come from the built config module
// (SKYTALLY_HEALTH_PORT, SKYTALLY_HEALTH_HOST), as the service reads them; node:http, so the slim
// image needs no curl. Usage: node bin/healthcheck.js [path]   (default /health/ready)
const { request } = require('node:http');
const { join } = require('node:path');

function fail(message) {
  process.stderr.write(`healthcheck: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = require(join(__dirname, '..', 'dist', 'libs', 'config', 'src')).loadConfig();
} catch (err) {
  fail(err.message);
}
const port = config.SKYTALLY_HEALTH_PORT;
if (!port) fail('SKYTALLY_HEALTH_PORT is unset or 0: the service has no fixed health port to ask');
// A service bound to every interface (0.0.0.0, ::) answers on loopback too.
const host = ['0.0.0.0', '::'].includes(config.SKYTALLY_HEALTH_HOST) ? '127.0.0.1' : config.SKYTALLY_HEALTH_HOST;
const path = process.argv[2] || '/health/ready';

const req = request({ host, port, path, timeout: 2000 }, (res) => {
  res.resume();
  if (res.statusCode === 200) process.exit(0);
  fail(`${path} answered ${res.statusCode}`);
});
req.on('timeout', () => req.destroy(new Error(`no answer from ${host}:${port} within 2 s`)));
req.on('error', (err) => fail(err.message));
req.end();
