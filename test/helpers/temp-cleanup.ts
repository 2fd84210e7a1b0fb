// A setup file (setupFiles in the vitest configs that run tests using ./temp): setup files run again before every
// test file even when modules are shared between files, so each file gets its own hook.
import { afterEach } from 'vitest';
import { removeTempDirs } from './temp';

afterEach(removeTempDirs);
