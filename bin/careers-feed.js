#!/usr/bin/env node
// The `careers-feed` command: runs the CLI that `npm run build` bundles into lib/ (plain Node 20).
import { existsSync } from 'node:fs';

const cli = new URL('../lib/careers-feed.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('careers-feed: lib/careers-feed.mjs is missing; run `npm run build` first.');
  process.exit(2);
}
await import(cli.href);
