import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DEFAULT_TEXT_SIZE, TextSize } from '../../shared/domain/text-size';

const Settings = z.object({
  coderName: z.string().nullable().default(null),
  // A size this version does not offer falls back to the default rather than costing the recent labs.
  textSize: TextSize.catch(DEFAULT_TEXT_SIZE),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
});
export type Settings = z.infer<typeof Settings>;

const MAX_RECENT = 12;

/** Settings live in one small JSON file beside the logs; a damaged file is replaced by defaults, not fatal. */
export class SettingsFile {
  private value: Settings;

  constructor(private readonly file: string) {
    this.value = SettingsFile.read(file);
  }

  private static read(file: string): Settings {
    try {
      return Settings.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // Missing or unreadable settings are the first-start case: start from defaults.
      return Settings.parse({});
    }
  }

  get(): Settings {
    return this.value;
  }

  update(change: (s: Settings) => Settings): Settings {
    // Another window may have written since; start from the file so its recent labs are not lost.
    this.value = change(SettingsFile.read(this.file));
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.value, null, 2));
    renameSync(tmp, this.file);
    return this.value;
  }

  rememberLab(path: string, name: string): void {
    this.update((s) => ({
      ...s,
      recent: [{ path, name, openedAt: new Date().toISOString() }, ...s.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT),
    }));
  }

  forgetLab(path: string): void {
    this.update((s) => ({ ...s, recent: s.recent.filter((r) => r.path !== path) }));
  }
}
