// The work a kill lands in: imports, coding and Excel exports on one lab, in a loop, until SIGKILL.
// Run by kill.test.ts as `node --import tsx kill-child.ts LAB HOME OUT SEED`; prints one line per step.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';

const [lab, home, out, seedArg] = process.argv.slice(2) as [string, string, string, string];
const corpus = join(import.meta.dirname, '../fixtures/corpus');
let seed = Number(seedArg);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const ws = new Workspace({ mode: 'cli', home, version: 'stress', coderName: 'Stress' });
async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(ws, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.result as T;
}

/** Text files get a unique last line each round, so their SHA-256 is new and each import stores them. */
function incoming(round: number): string {
  const dir = join(home, `incoming-${seed}-${round}`);
  mkdirSync(dir, { recursive: true });
  for (const kind of ['text', 'captions', 'docx']) {
    for (const name of readdirSync(join(corpus, kind))) {
      if (random() < 0.6) continue;
      const target = join(dir, name);
      if (kind === 'docx') copyFileSync(join(corpus, kind, name), target);
      else writeFileSync(target, `${readFileSync(join(corpus, kind, name), 'utf8')}\n\nNote ${seed}-${round}.\n`);
    }
  }
  return dir;
}

await call('labs.open', { path: lab });
const code = await call<{ id: string }>('codes.create', { code: { name: `Kill ${seed}` } });
console.log('ready');
for (let round = 0; ; round++) {
  await call('sources.import', { paths: [incoming(round)] });
  console.log('imported');
  const sources = await call<{ id: string; wordCount: number }[]>('sources.list', {});
  for (const s of sources.slice(0, 5)) {
    // Some corpus files hold only a word ("Test" in the Strict Open XML one): the range stays inside the text.
    const { text } = await call<{ text: string }>('sources.get', { id: s.id });
    await call('excerpts.code', { sourceId: s.id, start: 0, end: Math.min(text.length, 1 + Math.floor(random() * 40)), codeIds: [code.id] });
  }
  console.log('coded');
  await call('export.xlsx', { path: join(out, `lab-${seed}-${round}.xlsx`) });
  console.log('exported');
}
