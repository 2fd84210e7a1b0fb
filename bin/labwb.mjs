#!/usr/bin/env node
// The `labwb` command. The CLI is TypeScript run through tsx, so it needs no build step of its own.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
