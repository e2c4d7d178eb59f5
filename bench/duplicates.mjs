// make bench-duplicates SCALE=1000000: on the database `make bench` seeds (crm_bench_<scale>, seeded through bench/run.mjs when
// missing) migrates, starts the service (Release) and measures (1) the background rebuild of the duplicate candidates from all
// live customers, as the service runs it (its first pass, then a forced second one), (2) the incremental refresh after one
// write that makes two customers alike, and (3) GET /admin/customers/duplicates over REQUESTS requests on random pages (page
// sizes 20 and 100): p50 and p99. Writes bench/results/duplicates-<scale>.md and .json. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl, root, seededLikeMakeBench, sql } from './lib.mjs';

const scale = Number(process.env.SCALE ?? 1000000);
const requests = Number(process.env.REQUESTS ?? 400);
const port = Number(process.env.BENCH_PORT ?? 4391);
const base = `http://127.0.0.1:${port}`;
const database = `crm_bench_${scale}`;
const log = (...args) => console.error('bench-duplicates:', ...args);

const benchUrl = databaseUrl(database);
const sleep = ms => new Promise(r => setTimeout(r, ms));

// 1. The seeded database (bench/lib.mjs: as make bench seeds it), else just the build.
seededLikeMakeBench(scale, log);
const crm = (args, env = {}) => execFileSync('dotnet', [path.join(root, '.build/api/crm.dll'), ...args],
  { cwd: root, env: { ...process.env, DATABASE_URL: benchUrl, ...env } }).toString();
let started = Date.now();
crm(['migrate', 'up']);
const migrate_s = (Date.now() - started) / 1000;
log(`migrated in ${migrate_s} s`);

// 2. The service; its first pass rebuilds the candidates (no threshold recorded yet).
// Another service on the port would answer the probes below in this one's place.
if (await fetch(`${base}/health`).then(() => true, () => false)) throw new Error(`port ${port} is taken: set BENCH_PORT`);
const secret = randomBytes(32).toString('hex');
const admin = crm(['token', '--role', 'admin', '--user-id', '1', '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const out = fs.openSync(path.join(root, '.data/bench-duplicates-service.log'), 'w');
const child = spawn('dotnet', [path.join(root, '.build/api/crm.dll'), 'serve'], {
  cwd: root, stdio: ['ignore', out, out],
  env: { ...process.env, DATABASE_URL: benchUrl, JWT_SECRET: secret, PORT: String(port), ENVIRONMENT: 'Production',
    ASPNETCORE_ENVIRONMENT: 'Production', MIGRATE_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '1000000', MAX_CONCURRENT_REQUESTS_PER_USER: '64' },
});
const api = (method, url, body) => fetch(base + url, { method, headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
  body: body && JSON.stringify(body) });
const state = () => JSON.parse(sql(database, `SELECT row_to_json(r) FROM (SELECT kind, duration_ms, customers, pairs, finished_at,
  (SELECT count(*) FROM crm_customer_duplicate_groups) AS groups, (SELECT count(*) FROM crm_duplicate_dirty) AS dirty FROM crm_duplicate_refresh) r`));
const results = {};
try {
  for (let i = 0; i < 3000; i++) {
    try { if ((await fetch(`${base}/ready`)).status === 200) break; } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error('the service exited; see .data/bench-duplicates-service.log');
    await sleep(10);
  }
  const rebuild = async (label, after) => {
    for (let i = 0; ; i++) {
      const s = state();
      if (s.finished_at && s.kind === 'rebuild' && s.dirty === 0 && s.finished_at !== after) return s;
      if (i > 3600) throw new Error(`${label}: no rebuild within an hour`);
      await sleep(500);
    }
  };
  results.rebuilds = [];
  if (state().finished_at === null) { results.rebuilds.push(await rebuild('first pass', null)); log(`first rebuild: ${JSON.stringify(results.rebuilds[0])}`); }
  // A forced rebuild on a warm cache: what a changed DUPLICATE_THRESHOLD or a large import costs.
  // REBUILD=0 reports the last rebuild instead (it takes minutes at 1M).
  if (process.env.REBUILD === '0') results.rebuilds.push(state());
  else {
    const before = state().finished_at;
    sql(database, 'UPDATE crm_duplicate_refresh SET threshold = NULL');
    results.rebuilds.push(await rebuild('forced pass', before));
  }
  log(`forced rebuild: ${JSON.stringify(results.rebuilds.at(-1))}`);

  // 3. One write that makes two customers alike (the same phone): how long until the list shows it.
  try {
  const [a, b] = sql(database, `SELECT id FROM customers WHERE deleted_at IS NULL AND phone IS NOT NULL AND id NOT IN
    (SELECT customer_id FROM crm_customer_duplicate_members) ORDER BY id LIMIT 2`).split('\n').map(Number);
  const phone = sql(database, `SELECT phone FROM customers WHERE id = ${a}`);
  started = Date.now();
  // Written in SQL: the triggers mark it dirty as they do for the API's writes (and an import's).
  sql(database, `UPDATE customers SET phone = '${phone.replace(/'/g, "''")}', updated_at = now() WHERE id = ${b}`);
  for (;;) {
    if (sql(database, `SELECT count(*) FROM crm_customer_duplicate_members WHERE customer_id IN (${a}, ${b})`) === '2') break;
    if (Date.now() - started > 120000) throw new Error('the write was never refreshed');
    await sleep(50);
  }
  results.incremental = { visible_after_ms: Date.now() - started, pass: state() };
  log(`a write is in the list after ${results.incremental.visible_after_ms} ms (pass: ${results.incremental.pass.duration_ms} ms)`);
  } catch (e) { results.incremental = { error: String(e.message ?? e) }; log(`the incremental step failed: ${results.incremental.error}`); }

  // 4. The list: random pages, sequential requests (each one's own latency), after a short warm-up.
  const first = await (await api('GET', '/admin/customers/duplicates')).json();
  results.total = first.total; results.total_exact = first.total_exact;
  results.lists = [];
  for (const size of [20, 100]) {
    const pages = Math.max(1, Math.min(Math.floor(Number(state().groups) / size), 500));
    const times = [];
    for (let i = 0; i < requests + 20; i++) {
      const page = 1 + Math.floor(Math.random() * pages);
      const t0 = process.hrtime.bigint();
      const response = await api('GET', `/admin/customers/duplicates?page=${page}&page_size=${size}`);
      const body = await response.json();
      if (response.status !== 200 || body.data.length === 0) throw new Error(`page ${page}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      if (i >= 20) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((x, y) => x - y);
    const q = p => times[Math.min(times.length - 1, Math.floor(times.length * p))];
    results.lists.push({ page_size: size, pages, requests: times.length, p50: q(0.5), p99: q(0.99), max: times.at(-1) });
    log(`page_size=${size}: ${JSON.stringify(results.lists.at(-1))}`);
  }
  results.sample = first.data.slice(0, 2);
} finally {
  child.kill('SIGTERM');
  await new Promise(r => child.once('exit', r));
}

const summary = { scale, date: new Date().toISOString(), requests, migrate_s, machine: { cores: os.cpus().length, load: os.loadavg().map(l => l.toFixed(1)).join(' '),
  postgres: sql('postgres', 'SHOW server_version') }, ...results };
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, `bench/results/duplicates-${scale}.json`), JSON.stringify(summary, null, 2) + '\n');
const f = (n, d = 1) => Number(n).toFixed(d);
const md = [
  `# Duplicate candidates at ${scale.toLocaleString('en')} customers`, '',
  `${summary.date} · service (Release) → PostgreSQL ${summary.machine.postgres}, one ${summary.machine.cores}-core machine shared with other work; load average at the end: ${summary.machine.load}.`,
  `Migrations to this release: ${f(migrate_s)} s (000025-000026 add the columns, tables, triggers and four indexes).`, '',
  '## The refresh', '',
  '| pass | live customers | pairs | groups | time |', '|---|---:|---:|---:|---:|',
  ...results.rebuilds.map((r, i) => `| rebuild (${i === 0 && results.rebuilds.length > 1 ? 'first pass after the migration' : 'forced: threshold changed'}) | ${r.customers} | ${r.pairs} | ${r.groups} | ${f(r.duration_ms / 1000)} s |`),
  ...(results.incremental.error ? ['', `The incremental step failed: ${results.incremental.error}`, ''] : [
  `| update (one customer's phone changed, two customers newly alike) | ${results.incremental.pass.customers} | ${results.incremental.pass.pairs} | ${results.incremental.pass.groups} | ${results.incremental.pass.duration_ms} ms |`, '',
  `The write was in the list ${results.incremental.visible_after_ms} ms after its UPDATE committed (the pass runs every 2 s).`, '']),
  `## GET /admin/customers/duplicates (${requests} sequential requests per page size, random pages)`, '',
  `Groups: ${results.total}${results.total_exact ? '' : '+'} (the count stops at COUNT_LIMIT).`, '',
  '| page_size | pages drawn from | p50 ms | p99 ms | max ms |', '|---:|---:|---:|---:|---:|',
  ...results.lists.map(l => `| ${l.page_size} | 1-${l.pages} | ${f(l.p50, 2)} | ${f(l.p99, 2)} | ${f(l.max, 2)} |`), '',
  'Target: under 100 ms per page.', '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/duplicates-${scale}.md`), md);
console.log(md);
