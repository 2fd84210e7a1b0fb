import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seededRandom } from '../../src/cli/bench/zipf-text';
import { ErrorCode, operations } from '../../src/shared/contract';
import { startServer, type WorkbenchServer } from '../../src/server/http-server';
import { tempDir, testApp } from '../helpers/temp';

// Fixed, so a failure names a payload that the same seed makes again.
const SEED = 13_2026;
/**
 * npm test sends every operation this many payloads of each kind; npm run test:stress sends at least
 * LABWB_FUZZ_PAYLOADS in all (5,200: vitest.stress.config.ts sets it), in as many more rounds as that takes.
 */
const EACH_KIND = 2;
const AT_LEAST = Number(process.env.LABWB_FUZZ_PAYLOADS ?? 0);
// Generous: a shaped payload can start real work (an import, the demo lab) on a loaded machine; a hang is what this catches.
const REPLY_TIMEOUT_MS = 60_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = Record<string, unknown>;

const random = seededRandom(SEED);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const chance = (p: number) => random() < p;

// Arbitrary JSON of every shape, drawn by fast-check from the same seed.
const anyJson = fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed: SEED, numRuns: 2_000 }) as Json[];

function unknownId(): string {
  return pick(['00000000-0000-4000-8000-000000000000', 'nope', '', ' ', '../../etc/passwd', 'x'.repeat(40), '0', '∅', 'DROP TABLE code']);
}

function oversized(): string {
  return pick(['a', 'é', '\u0000', '😀', '<script>']).repeat(20_000 + Math.floor(random() * 40_000));
}

function deep(levels: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < levels; i++) v = chance(0.5) ? [v] : { a: v };
  return v;
}

function wrongType(): Json {
  return pick<Json>([null, true, 0, -1, 1e308, -0.5, 'text', '', [], {}, [1, 'a', null], { $ref: 'x' }, pick(anyJson)]);
}

/** A value shaped by the schema, close enough to valid to reach the handler often. */
function shaped(schema: Schema | undefined, depth = 0): Json {
  if (!schema || depth > 6) return pick(anyJson);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants?.length) return shaped(pick(variants), depth + 1);
  if (Array.isArray(schema.enum)) return pick(schema.enum as Json[]);
  if (schema.const !== undefined) return schema.const as Json;
  switch (schema.type) {
    case 'string':
      return pick([unknownId(), 'Literacy coach', '2026-03-01', '#19778c', 'a'.repeat(Number(schema.maxLength ?? 10)), '']);
    case 'integer':
    case 'number':
      return pick([0, 1, 2, 7, -3, 10_000, 0.5]);
    case 'boolean':
      return chance(0.5);
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: Math.floor(random() * 3) }, () => shaped(schema.items as Schema, depth + 1));
    case 'object': {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) out[k] = shaped(v, depth + 1);
      return out;
    }
    default:
      return pick(anyJson);
  }
}

const KINDS = ['random', 'shaped', 'wrong-type', 'missing', 'unknown-id', 'oversized', 'deep', 'huge-array', 'extra-keys'] as const;
type Kind = (typeof KINDS)[number];

/** A payload for one operation: shaped by its schema, then one or more fields broken in one of the ways a fuzzer tries. */
function payload(schema: Schema, kind: Kind): Json {
  if (kind === 'random') return pick(anyJson);
  const body = shaped(schema);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const keys = Object.keys(body);
  const key = keys.length ? pick(keys) : 'x';
  switch (kind) {
    case 'wrong-type':
      body[key] = wrongType();
      break;
    case 'missing':
      for (const k of keys) if (chance(0.6)) delete body[k];
      break;
    case 'unknown-id':
      for (const k of keys) if (/id$/i.test(k)) body[k] = unknownId();
      break;
    case 'oversized':
      body[key] = oversized();
      break;
    case 'deep':
      body[key] = deep(chance(0.5) ? 150 : 1_000);
      break;
    case 'huge-array':
      body[key] = Array.from({ length: chance(0.1) ? 120_000 : 12_000 }, (_, i) => (chance(0.5) ? unknownId() : i));
      break;
    case 'extra-keys':
      Object.assign(body, { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } }, ['k'.repeat(5_000)]: 1 });
      break;
  }
  return body;
}

/**
 * Rounds over every operation, each round shifting which kind an operation gets (so one round mixes all kinds and
 * the same kinds do not arrive in a block), with a name that is not an operation after every 49, until each
 * operation has had EACH_KIND payloads of every kind and the plan holds AT_LEAST payloads.
 */
function plan(names: readonly string[]): { name: string; kind: Kind }[] {
  const out: { name: string; kind: Kind }[] = [];
  let sinceStray = 0;
  for (let round = 0; round < KINDS.length * EACH_KIND || out.length < AT_LEAST; round++) {
    names.forEach((name, i) => {
      out.push({ name, kind: KINDS[(round + i) % KINDS.length]! });
      if (++sinceStray === 49) {
        sinceStray = 0;
        out.push({ name: pick(['nope', 'labs', '__proto__', 'constructor', 'labs.open.x', 'a'.repeat(300)]), kind: pick(KINDS) });
      }
    });
  }
  return out;
}

// Ops that replace or close the open lab: the fuzz reopens its lab after any of them succeeds.
const CHANGES_LAB = new Set(['labs.close', 'labs.open', 'labs.create', 'labs.openDemo', 'backups.restore']);

describe('API fuzz through the browser-mode server', () => {
  let server: WorkbenchServer;
  let labPath: string;

  /**
   * One request on a connection of its own (no keep-alive): a reused socket that the server closes as idle while
   * the next request is on its way reads as "connection reset", a client race that says nothing about the server.
   */
  function post(name: string, body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/op/${name}`,
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'x-workbench-token': server.token },
          signal: AbortSignal.timeout(REPLY_TIMEOUT_MS),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  beforeAll(async () => {
    const app = testApp();
    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>wb</title>');
    server = await startServer(app.ws, { staticDir });
    labPath = join(app.home, 'fuzz.scalinglab');
    const created = await post('labs.create', JSON.stringify({ path: labPath, profile: { name: 'Fuzz lab', startDate: '2026-01-15' } }));
    expect(JSON.parse(created.text)).toMatchObject({ ok: true });
  });
  afterAll(() => server?.close());

  it(`answers ${EACH_KIND}+ payloads of each kind (at least ${AT_LEAST} in all) to every operation with a result or a well-formed error, and survives`, async () => {
    const names = Object.keys(operations);
    const payloads = plan(names);
    const schemas = new Map(
      Object.entries(operations).map(([n, d]) => [n, z.toJSONSchema(d.input, { unrepresentable: 'any', io: 'input' }) as Schema]),
    );
    const codes = new Set<string>(ErrorCode.options);
    const tally: Record<string, number> = {};
    /** Well-formed replies per operation and kind: proof that each got its share, not just that the plan said so. */
    const answered = new Map<string, number>();
    const bad: string[] = [];
    let sent = 0;

    for (const { name, kind } of payloads) {
      const body = payload(schemas.get(name) ?? {}, kind);
      let status: number;
      let text: string;
      try {
        ({ status, text } = await post(name, JSON.stringify(body)));
      } catch (e) {
        bad.push(`${name} ${kind}: no reply (${e instanceof Error ? String(e.cause ?? e.message) : String(e)})`);
        continue;
      } finally {
        sent++;
      }
      let reply: { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
      try {
        reply = JSON.parse(text) as typeof reply;
      } catch {
        bad.push(`${name} ${kind}: ${status} not JSON`);
        continue;
      }
      const outcome = reply.ok === true ? 'ok' : String(reply.error?.code);
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      const wellFormed =
        reply.ok === true
          ? status === 200 && 'result' in reply
          : reply.ok === false &&
            [200, 400, 403, 404, 413].includes(status) &&
            codes.has(String(reply.error?.code)) &&
            typeof reply.error?.message === 'string' &&
            reply.error.message.length < 4_000 &&
            !/\n\s+at\s|node_modules|\.ts:\d+|SQLITE_/.test(reply.error.message);
      if (!wellFormed || reply.error?.code === 'INTERNAL') bad.push(`${name} ${kind}: ${status} ${text.slice(0, 300)}`);
      else answered.set(`${name} ${kind}`, (answered.get(`${name} ${kind}`) ?? 0) + 1);
      if (reply.ok === true && CHANGES_LAB.has(name)) {
        const reopened = JSON.parse((await post('labs.open', JSON.stringify({ path: labPath }))).text) as { ok: boolean };
        expect(reopened.ok).toBe(true);
      }
    }

    console.log(`api fuzz: ${sent} payloads (seed ${SEED}) over ${names.length} operations; outcomes ${JSON.stringify(tally)}`);
    expect(bad).toEqual([]);
    expect(sent).toBe(payloads.length);
    expect(sent).toBeGreaterThanOrEqual(Math.max(AT_LEAST, names.length * KINDS.length * EACH_KIND));
    const short = names.flatMap((n) => KINDS.filter((k) => (answered.get(`${n} ${k}`) ?? 0) < EACH_KIND).map((k) => `${n} ${k}`));
    expect(short).toEqual([]);
    // Validation refusals dominate (the share the 5,200-payload run always asked for: over 2,000); unknown ids must
    // reach the handlers and come back as NOT_FOUND.
    expect(tally.INVALID_INPUT).toBeGreaterThan(sent * 0.38);
    expect(tally.NOT_FOUND ?? 0).toBeGreaterThan(0);
    // Still answering, and its lab still open.
    const after = JSON.parse((await post('lab.info', '{}')).text) as { ok: boolean; result: { path: string } };
    expect(after).toMatchObject({ ok: true, result: { path: labPath } });
  }, 600_000);
});
