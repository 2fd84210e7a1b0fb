import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/core/store/migrations';
import { tempDir } from '../helpers/temp';

const root = join(__dirname, '../..');

function labwb(...args: string[]) {
  const home = tempDir('labwb-cli-home-');
  const r = spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, '--coder', 'CLI Tester', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('labwb', () => {
  it('creates a lab, describes it and checks it', () => {
    const file = join(tempDir(), 'kenya.scalinglab');
    const made = labwb('new', file, '--name', 'Kenya TaRL Lab', '--start', '2026-03-01', '--country', 'Kenya', '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ name: 'Kenya TaRL Lab', path: file, schemaVersion: LATEST_VERSION });

    const info = labwb('info', file, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ lab: { name: 'Kenya TaRL Lab', startDate: '2026-03-01' }, counts: { phases: 6, convenings: 6 } });
    expect(labwb('info', file).out).toMatch(/Lab:\s+Kenya TaRL Lab/);

    const check = labwb('check', file, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ ok: true, problems: [] });
  });

  it('says clearly when a file is not a lab, exits non-zero, and leaves the file alone', () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'Minutes of the reflection convening');
    const info = labwb('info', file);
    expect(info.code).toBe(1);
    expect(info.err).toContain('“notes.txt” is not a lab file');
    const check = labwb('check', file, '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out)).toMatchObject({ ok: false });
    expect(readFileSync(file, 'utf8')).toBe('Minutes of the reflection convening');
  });

  it('exits 2 on a wrong command line and explains', () => {
    const r = labwb('new', join(tempDir(), 'x.scalinglab'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("required option '--name <name>'");
    expect(labwb('frobnicate').code).toBe(2);
    const bad = labwb('new', join(tempDir(), 'y.scalinglab'), '--name', 'Y', '--start', '2026-13-45');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('startDate');
  });

  it('has --help for every verb and tells where the log is', () => {
    for (const verb of ['new', 'info', 'check']) {
      const r = labwb(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain('--json');
    }
    expect(labwb('--log-file').out.trim()).toMatch(/logs[/\\]workbench\.log$/);
  });
});
