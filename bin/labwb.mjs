#!/usr/bin/env node
// The `labwb` command: the CLI bundle in out/node, built from src/cli on first use or when its sources changed.
import { ensureNodeBuild } from '../scripts/build-node.mjs';

await ensureNodeBuild();
await import('../out/node/labwb.js');
