// CI's check of the README's first command: `npm start` must reach the app's page on a fresh clone.
//
// Runs `npm start` as a user would, waits for the address it prints (browser mode here, where Electron's
// binary cannot be downloaded), fetches the page and one contract call with the printed token, then stops the
// whole process group. Exits 1, with what npm start printed, when any of that fails within the time limit.
import { spawn } from 'node:child_process';

const LIMIT_MS = 5 * 60_000; // the first start builds the app
const started = Date.now();
const child = spawn('npm', ['start'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';

function stop() {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch (e) {
    if (e.code !== 'ESRCH') throw e; // already gone
  }
}

function fail(reason) {
  stop();
  console.error(`npm start check failed: ${reason}\n--- npm start printed ---\n${output}`);
  process.exit(1);
}

const address = new Promise((resolve) => {
  const read = (chunk) => {
    output += chunk;
    const m = /Workbench: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
    if (m) resolve(new URL(m[1]));
  };
  child.stdout.setEncoding('utf8').on('data', read);
  child.stderr.setEncoding('utf8').on('data', read);
});
child.on('exit', (code) => fail(`it exited (code ${code}) before printing its address`));
const timer = setTimeout(() => fail(`no address after ${LIMIT_MS / 1000} s`), LIMIT_MS);

const url = await address;
const page = await fetch(url);
const html = await page.text();
if (page.status !== 200 || !html.includes('<title>Scaling Lab Workbench</title>')) fail(`the page answered ${page.status} without the app`);
const state = await fetch(new URL('/api/op/app.state', url), {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-workbench-token': url.searchParams.get('token') },
  body: '{}',
});
const body = await state.json();
if (!body.ok) fail(`app.state answered ${JSON.stringify(body)}`);

clearTimeout(timer);
child.removeAllListeners('exit');
stop();
// What npm start told the user before the address (npm's own "> script" lines left out).
const said = output
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('>') && !l.startsWith('Workbench:'));
console.log(`npm start reached the app in ${((Date.now() - started) / 1000).toFixed(1)} s (${body.result.mode} mode). It said:`);
for (const line of said) console.log(`  ${line}`);
