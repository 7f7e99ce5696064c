/**
 * Preloaded (`NODE_OPTIONS=--require …/cpu-profile.cjs`) into the services and
 * relay hops by `npm run bench -- --profile DIR`: node refuses `--cpu-prof` in
 * NODE_OPTIONS, so this does the same through the inspector — sample every
 * 1 ms (as --cpu-prof) and write the profile to $SKYTALLY_CPU_PROFILE when the
 * process exits (the services and hops exit through process.exit on SIGTERM).
 */
'use strict';
const { writeFileSync, mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const inspector = require('node:inspector');

const file = process.env.SKYTALLY_CPU_PROFILE;
if (file) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // The in-process session answers synchronously, so this works in an exit handler.
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (err || !result) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
