// make bench-customfields SCALE=1000000: on the database `make bench` seeds (crm_bench_<scale>, seeded through bench/run.mjs
// when missing) gives every customer values of 10 custom fields, defines the fields through the API (the filterable ones'
// indexes are built by the service in the background, as in production), and measures, alternating in rounds, the customer
// list filtered by a filterable select field and sorted by a number field against the same list filtered by status:
// p50 and p99 side by side. Writes bench/results/customfields-<scale>.md and .json. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl, root, seededLikeMakeBench, sql } from './lib.mjs';

const scale = Number(process.env.SCALE ?? 1000000);
const seconds = Number(process.env.DURATION ?? 15);
const warmup = Number(process.env.WARMUP ?? 10);
const rounds = Number(process.env.ROUNDS ?? 3);
const connections = 16;
const port = Number(process.env.BENCH_PORT ?? 3988);
const base = `http://127.0.0.1:${port}`;
const database = `crm_bench_${scale}`;
const log = (...args) => console.error('bench-customfields:', ...args);

const benchUrl = databaseUrl(database);

// 1. The seeded database (bench/lib.mjs: as make bench seeds it), else just the build.
seededLikeMakeBench(scale, log);
const crm = (args, env = {}) => execFileSync('dotnet', [path.join(root, '.build/api/crm.dll'), ...args],
  { cwd: root, env: { ...process.env, DATABASE_URL: benchUrl, ...env } }).toString();
crm(['migrate', 'up']);

// 2. Values for every customer, once (deterministic from the id). The GIN index is rebuilt after, not row by row.
const fields = [
  { key: 'tier', type: 'select', filterable: true, options: ['gold', 'silver', 'bronze', 'platinum', 'basic'] },
  { key: 'score', type: 'number', filterable: true },
  { key: 'region', type: 'select', options: ['emea', 'amer', 'apac', 'latam'] },
  { key: 'segment', type: 'text' },
  { key: 'renewal', type: 'date' },
  { key: 'arr', type: 'currency', currency: 'EUR' },
  { key: 'nps', type: 'number' },
  { key: 'active', type: 'boolean' },
  { key: 'website', type: 'url' },
  { key: 'csm', type: 'user' },
];
let fill = null;
if (sql(database, "SELECT count(*) FROM (SELECT 1 FROM customers WHERE custom_fields ? 'score' LIMIT 1) x") === '0') {
  log(`giving ${scale} customers values of ${fields.length} custom fields`);
  const started = process.hrtime.bigint();
  const h = n => `(hashint8(id * ${n}) & 2147483647)`;
  sql(database, `DROP INDEX IF EXISTS ix_customers_custom_fields; UPDATE customers SET custom_fields = jsonb_build_object(
    'tier', (ARRAY['gold','silver','bronze','platinum','basic'])[1 + ${h(1)} % 5], 'score', ${h(3)} % 100000 / 100.0,
    'region', (ARRAY['emea','amer','apac','latam'])[1 + ${h(5)} % 4], 'segment', 'segment ' || ${h(7)} % 50,
    'renewal', to_char(date '2026-01-01' + ${h(11)} % 730, 'YYYY-MM-DD'), 'arr', ${h(13)} % 10000000 / 100.0,
    'nps', ${h(17)} % 11, 'active', ${h(19)} % 2 = 0, 'website', 'https://customer-' || id || '.example.com', 'csm', 1 + ${h(23)} % 20);
    CREATE INDEX ix_customers_custom_fields ON customers USING gin (custom_fields jsonb_path_ops) WHERE deleted_at IS NULL`);
  sql(database, 'VACUUM ANALYZE customers');
  fill = Number(process.hrtime.bigint() - started) / 1e9;
}

// 3. The service, and the fields defined through it (an existing definition is kept).
const secret = randomBytes(32).toString('hex');
const admin = crm(['token', '--role', 'admin', '--user-id', '1', '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const out = fs.openSync(path.join(root, '.data/bench-customfields-service.log'), 'w');
const child = spawn('dotnet', [path.join(root, '.build/api/crm.dll'), 'serve'], {
  cwd: root, stdio: ['ignore', out, out],
  env: { ...process.env, DATABASE_URL: benchUrl, JWT_SECRET: secret, PORT: String(port), ENVIRONMENT: 'Production',
    ASPNETCORE_ENVIRONMENT: 'Production', MIGRATE_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '1000000' },
});
const api = (method, url, body) => fetch(base + url, { method, headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
  body: body && JSON.stringify(body) });
const results = {};
try {
  for (let i = 0; i < 3000; i++) {
    try { if ((await fetch(`${base}/ready`)).status === 200) break; } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error('the service exited; see .data/bench-customfields-service.log');
    await new Promise(r => setTimeout(r, 10));
  }
  const indexStarted = Date.now();
  for (const f of fields) {
    const response = await api('POST', '/admin/custom-fields', {
      entity: 'customers', key: f.key, label: f.key, type: f.type, filterable: !!f.filterable, currency: f.currency,
      options: f.options?.map(o => ({ value: o, label: o })),
    });
    if (response.status !== 201 && response.status !== 409) throw new Error(`defining ${f.key}: ${response.status} ${await response.text()}`);
  }
  // The filterable fields' expression indexes: CREATE INDEX CONCURRENTLY in the service's background job.
  for (;;) {
    const list = await (await api('GET', '/admin/custom-fields?entity=customers&page_size=100')).json();
    const states = list.data.filter(f => f.filterable).map(f => f.index_state);
    if (states.some(s => s === 'failed')) throw new Error('an index build failed');
    if (states.length === 2 && states.every(s => s === 'ready')) break;
    await new Promise(r => setTimeout(r, 500));
  }
  results.index_build_s = (Date.now() - indexStarted) / 1000;
  sql(database, 'ANALYZE customers');
  log(`indexes ready in ${results.index_build_s} s`);

  // 4. The two lists, each warmed, then measured in alternating rounds.
  const scenarios = [
    { name: 'status=active (default sort)', path: '/admin/customers?status=active' },
    { name: 'cf.tier=gold sorted by cf.score', path: '/admin/customers?cf.tier=gold&sort_by=cf.score' },
  ];
  for (const s of scenarios) {
    const check = await api('GET', s.path);
    if (check.status !== 200) throw new Error(`${s.name}: ${check.status} ${await check.text()}`);
    s.total = (await check.json()).total;
    log(`${s.name}: warm-up ${warmup} s`);
    wrk(s.path, warmup);
    s.rounds = [];
  }
  for (let r = 0; r < rounds; r++)
    for (const s of scenarios) {
      s.rounds.push(wrk(s.path, seconds));
      log(`round ${r + 1} ${s.name}: ${JSON.stringify(s.rounds.at(-1))}`);
    }
  results.scenarios = scenarios;
} finally {
  child.kill('SIGTERM');
  await new Promise(r => child.once('exit', r));
}

function wrk(url, duration) {
  const result = spawnSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s', '-s', path.join(root, 'bench/wrk.lua'), base], {
    env: { ...process.env, BENCH_KIND: 'fixed', BENCH_PATH: url, BENCH_TOKEN: admin },
  });
  const line = /BENCH_JSON (.*)/.exec(result.stdout.toString());
  if (!line) throw new Error(`wrk failed: ${result.stderr}`);
  const w = JSON.parse(line[1]);
  return { rps: w.requests / (w.duration_us / 1e6), errors: w.errors_connect + w.errors_read + w.errors_write + w.errors_status + w.errors_timeout,
    p50: w.p50_us / 1000, p99: w.p99_us / 1000 };
}

// 5. The report: medians over the rounds, and the plan PostgreSQL chose for the custom field list's page.
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [status, custom] = results.scenarios;
for (const s of results.scenarios) s.median = { p50: median(s.rounds.map(r => r.p50)), p99: median(s.rounds.map(r => r.p99)), rps: median(s.rounds.map(r => r.rps)) };
const plan = sql(database, `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT id FROM customers WHERE deleted_at IS NULL
  AND custom_fields @> '{"tier": "gold"}' ORDER BY crm_cf_number(custom_fields, 'score') DESC, id DESC LIMIT 20`);
const summary = { scale, date: new Date().toISOString(), duration_s: seconds, rounds, connections, machine: { cores: os.cpus().length,
  load: os.loadavg().map(l => l.toFixed(1)).join(' '), postgres: sql('postgres', 'SHOW server_version') }, fill_s: fill && Math.round(fill),
  index_build_s: results.index_build_s, scenarios: results.scenarios, ratio: { p50: custom.median.p50 / status.median.p50, p99: custom.median.p99 / status.median.p99 }, plan };
fs.writeFileSync(path.join(root, `bench/results/customfields-${scale}.json`), JSON.stringify(summary, null, 2) + '\n');
const f = (n, d = 2) => n.toFixed(d);
const md = [
  `# Custom fields at ${scale.toLocaleString('en')} customers`, '',
  `${summary.date} · ${connections} connections · ${rounds} alternating rounds of ${seconds} s per list (after ${warmup} s of warm-up each) · wrk (2 threads) → service (Release) → PostgreSQL ${summary.machine.postgres}, one ${summary.machine.cores}-core machine shared with other work.`,
  `Load average at the end: ${summary.machine.load}.`, '',
  `Every customer holds 10 custom field values (tier and score filterable)${fill ? `, written in ${summary.fill_s} s` : ''}; the two filterable fields' expression indexes were built by the service's background job in ${summary.index_build_s} s.`, '',
  '| list | matching rows | p50 ms (median of rounds) | p99 ms | req/s | per round p50 / p99 ms |',
  '|---|---:|---:|---:|---:|---|',
  ...results.scenarios.map(s => `| \`${s.path}\` | ${s.total === 10000 ? '10,000+' : s.total} | ${f(s.median.p50)} | ${f(s.median.p99)} | ${f(s.median.rps, 0)} | ${s.rounds.map(r => `${f(r.p50)} / ${f(r.p99)}`).join(' · ')} |`),
  '', `Custom field list ÷ status list: **p50 ${f(summary.ratio.p50)}×, p99 ${f(summary.ratio.p99)}×** (target: within 1.5×).`, '',
  'The page of the custom field list, as PostgreSQL runs it:', '', '```', plan, '```', '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/customfields-${scale}.md`), md);
console.log(md);
