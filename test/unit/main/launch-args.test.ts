import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../../src/main/launch-args';

describe('the Electron app’s command line', () => {
  it('takes --lab and --home as browser mode does, past the app folder of `electron .` and Chromium’s switches', () => {
    const args = parseLaunchArgs(['electron', '.', '--no-sandbox', '--lab', 'kenya.scalinglab', '--home=/tmp/wb'], true, '/work');
    expect(args).toEqual({ lab: resolve('/work', 'kenya.scalinglab'), home: '/tmp/wb' });
  });

  it('opens a .scalinglab file the system names (the file association), from the directory it was opened in', () => {
    expect(parseLaunchArgs(['/opt/workbench/workbench', '--allow-file-access', 'Kenya Lab.SCALINGLAB'], false, '/home/d').lab).toBe(
      join('/home/d', 'Kenya Lab.SCALINGLAB'),
    );
    expect(parseLaunchArgs(['/opt/workbench/workbench', 'notes.docx'], false, '/home/d').lab).toBeUndefined();
    // --lab wins over a file named beside it.
    expect(parseLaunchArgs(['workbench', 'a.scalinglab', '--lab', 'b.scalinglab'], false, '/x').lab).toBe('/x/b.scalinglab');
  });
});
