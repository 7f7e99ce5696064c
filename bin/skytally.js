#!/usr/bin/env node
'use strict';
// The built CLI; `npm ci` builds it (postinstall), `npm run build` rebuilds it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'apps', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('skytally: the project is not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(entry);
