// make bench SCALE=10000|100000|1000000: seeds crm_bench_<scale> on the development cluster (once; FRESH=1 reseeds),
// starts the service in Release against it, measures cold start to /ready, drives each scenario with wrk at 16
// connections for DURATION seconds, runs the SQL that the endpoint issued through pgbench at the same concurrency (the
// database floor), drives the customer page and the list of its peer, PostGraphile 4 over the same database
// (bench/peer), the same way, and writes bench/results/<scale>.md and .json. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scale = Number(process.env.SCALE ?? 10000);
const seconds = Number(process.env.DURATION ?? 15);
const warmup = Number(process.env.WARMUP ?? 15);
// ONLY=<part of a scenario's name>[,<another>]: run just those scenarios, print their figures, leave bench/results/ alone.
const only = process.env.ONLY;
const connections = 16;
const port = Number(process.env.BENCH_PORT ?? 3987);
const base = `http://127.0.0.1:${port}`;
const database = `crm_bench_${scale}`;
if (!Number.isInteger(scale) || scale < 1000) throw new Error('SCALE must be an integer of at least 1000');

const log = (...args) => console.error('bench:', ...args);
const pgBin = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)).map(v => `/usr/lib/postgresql/${v}/bin`).pop();
const serverUrl = new URL(execFileSync(path.join(root, 'scripts/dev-db.sh')).toString().trim());
const pg = { host: serverUrl.hostname, port: serverUrl.port, user: decodeURIComponent(serverUrl.username) };
const pgEnv = { ...process.env, PGPASSWORD: decodeURIComponent(serverUrl.password) };
const pgArgs = db => ['-h', pg.host, '-p', pg.port, '-U', pg.user, '-d', db];
const sql = (db, text) => execFileSync(`${pgBin}/psql`, [...pgArgs(db), '-v', 'ON_ERROR_STOP=1', '-tAc', text], { env: pgEnv }).toString().trim();
const benchUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const serverLog = path.join(root, '.data/pg/server.log');

// 1. The program, built as `make run` builds it.
log('building (Release, ReadyToRun)');
execFileSync(path.join(root, 'scripts/publish.sh'), { cwd: root, stdio: 'inherit' });
const crm = (args, env = {}) => execFileSync('dotnet', [path.join(root, '.build/api/crm.dll'), ...args],
  { cwd: root, env: { ...process.env, DATABASE_URL: benchUrl, ...env }, maxBuffer: 1 << 26 }).toString();

// 2. The database, seeded once per scale (the comment records what it holds).
let seed = null;
const exists = sql('postgres', `SELECT 1 FROM pg_database WHERE datname = '${database}'`) === '1';
const reseed = process.env.FRESH === '1' || !exists
  || sql('postgres', `SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '${database}'`) !== `seeded ${scale}`;
if (reseed) {
  sql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  sql('postgres', `CREATE DATABASE ${database}`);
}
// Also brings a database seeded by an earlier version up to this version's schema.
crm(['migrate', 'up']);
if (reseed) {
  log(`seeding ${scale} customers`);
  const started = process.hrtime.bigint();
  const output = crm(['seed', '--customers', String(scale)]);
  seed = { seconds: Number(process.hrtime.bigint() - started) / 1e9, output: output.trim() };
  log(output.trim());
  sql(database, 'VACUUM ANALYZE');
  sql('postgres', `COMMENT ON DATABASE ${database} IS 'seeded ${scale}'`);
}

// 3. What the scenarios need: id ranges, the page-5,000 cursor, tokens.
const [minCustomer, maxCustomer] = sql(database, 'SELECT min(id), max(id) FROM customers WHERE deleted_at IS NULL').split('|').map(Number);
const [minDeal, maxDeal] = sql(database, 'SELECT min(id), max(id) FROM deals WHERE deleted_at IS NULL').split('|').map(Number);
const live = Number(sql(database, 'SELECT count(*) FROM customers WHERE deleted_at IS NULL'));
const deepPage = Math.min(5000, Math.floor(live / 20));
const [cursorAt, cursorId] = sql(database, `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), id FROM customers
  WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET ${(deepPage - 1) * 20 - 1} LIMIT 1`).split('|');
const cursor = Buffer.from(JSON.stringify({ s: 'created_at', o: 'desc', v: cursorAt, id: Number(cursorId) })).toString('base64url');
const secret = randomBytes(32).toString('hex');
const token = (role, id) => crm(['token', '--role', role, '--user-id', String(id), '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const admin = token('admin', 1), agent = token('agent', 7);

// The peer's GraphQL for the two pages a user would compare: the list with its total and tags, and the customer with its
// contacts and deals (PostGraphile's nearest to our record page), each one query. BigInt ids are strings in PostGraphile.
const customerFields = 'id name email phone company role status assignedTo contacted nextFollowUpAt preferredContactMethod doNotContact notes createdAt updatedAt deletedAt';
const graphql = (query, variables) => JSON.stringify({ query: query.replace(/\s+/g, ' '), variables });
const peerList = graphql(`{ allCustomers(first: 20, orderBy: [CREATED_AT_DESC, ID_DESC], condition: {deletedAt: null}) { totalCount
  nodes { ${customerFields} customerTagsByCustomerId { nodes { tagByTagId { id name color deletedAt } } } } } }`);
const peerDetail = graphql(`query ($id: BigInt!) { customerById(id: $id) { ${customerFields}
  contactsByCustomerId(condition: {deletedAt: null}, orderBy: [IS_PRIMARY_DESC, CREATED_AT_ASC, ID_ASC]) { nodes {
    id customerId firstName lastName email phone position isPrimary notes createdAt updatedAt deletedAt } }
  dealsByCustomerId(condition: {deletedAt: null}, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes {
    id title description customerId contactId stage amount currency probability expectedCloseDate actualCloseDate ownerId
    lostReason stageChangedAt createdAt updatedAt deletedAt } } } }`, { id: '%d' });

const scenarios = [
  { name: 'customers list page 1', path: '/admin/customers', peer: peerList },
  // The filtered search whatever the term's frequency: "smith" is in 1 % of the book, "gmail" in 4.5 %, "an" (too short
  // for a trigram) in 35 %, "wesingdale" in 160 customers at 1M.
  { name: 'customers status+assigned_to+search', path: '/admin/customers?status=active&assigned_to=7&search=smith' },
  { name: 'search, a rare term', path: '/admin/customers?status=active&assigned_to=7&search=wesingdale' },
  { name: 'search, a 4.5 % term', path: '/admin/customers?status=active&assigned_to=7&search=gmail' },
  { name: 'search, two letters', path: '/admin/customers?status=active&assigned_to=7&search=an' },
  { name: 'customer detail', kind: 'detail', path: '/admin/customers/%d', min: minCustomer, max: maxCustomer, peer: peerDetail },
  { name: 'my activities', path: '/admin/me/activities', token: agent },
  { name: 'reports overview', path: '/admin/reports/overview' },
  { name: `page ${deepPage} offset`, path: `/admin/customers?page=${deepPage}` },
  { name: `page ${deepPage} cursor`, path: `/admin/customers?cursor=${cursor}` },
  { name: 'create customer', kind: 'create', path: '/admin/customers', write: true },
  { name: 'deal stage PATCH', kind: 'stage', path: '/admin/deals/%d', min: minDeal, max: maxDeal, write: true },
].filter(s => !only || only.split(',').some(part => s.name.includes(part)));

// 4. The service: started, ready, stopped. Its own log goes to a file, not the terminal.
async function startService() {
  const out = fs.openSync(path.join(root, '.data/bench-service.log'), 'w');
  const started = process.hrtime.bigint();
  const child = spawn('dotnet', [path.join(root, '.build/api/crm.dll'), 'serve'], {
    cwd: root, stdio: ['ignore', out, out],
    env: { ...process.env, DATABASE_URL: benchUrl, JWT_SECRET: secret, PORT: String(port), ENVIRONMENT: 'Production',
      // wrk's 16 connections are one user: neither the rate nor the per-user concurrency limit may shape the figures.
      ASPNETCORE_ENVIRONMENT: 'Production', MIGRATE_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '1000000', MAX_CONCURRENT_REQUESTS_PER_USER: '1000' },
  });
  for (let i = 0; i < 3000; i++) {
    try { if ((await fetch(`${base}/ready`)).status === 200) break; } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error('the service exited; see .data/bench-service.log');
    await new Promise(r => setTimeout(r, 10));
  }
  return { child, coldStartMs: Number(process.hrtime.bigint() - started) / 1e6 };
}
async function stopService(child) {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  child.kill('SIGTERM');
  await new Promise(r => child.once('exit', r));
  return peakRssMb;
}
const request = (s, id = Math.floor(((s.min ?? 0) + (s.max ?? 0)) / 2)) => fetch(base + s.path.replace('%d', id), { headers: { Authorization: `Bearer ${s.token ?? admin}` } });

// 5. The SQL of each read scenario, from PostgreSQL's own statement log: exactly what the endpoint sent.
async function captureStatements() {
  sql('postgres', `ALTER DATABASE ${database} SET log_min_duration_statement = 0`);
  const { child } = await startService();
  try {
    // Warm once (pool connections opened, types loaded), then capture what each scenario sends in steady state: its
    // second request (a list's first one also counts rows that the next ones may not recount: ListCounts).
    await request({ path: '/admin/customers?page_size=1' });
    for (const s of scenarios.filter(s => !s.write)) {
      await request(s);
      const from = fs.statSync(serverLog).size;
      const response = await request(s);
      if (response.status !== 200) throw new Error(`${s.name}: HTTP ${response.status} ${await response.text()}`);
      await new Promise(r => setTimeout(r, 300));
      const text = fs.readFileSync(serverLog).subarray(from).toString();
      s.statements = parseStatements(text);
    }
  } finally {
    sql('postgres', `ALTER DATABASE ${database} RESET log_min_duration_statement`);
    await stopService(child);
  }
}
function parseStatements(text) {
  // Each phase is logged (parse, bind, execute), each with its own DETAIL: keep the executions and their parameters.
  const statements = [];
  let executing = false;
  for (const entry of text.split(/\n(?=\d{4}-\d\d-\d\d )/)) {
    if (/ LOG: /.test(entry)) {
      const executed = /LOG:\s+duration: [\d.]+ ms\s+(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entry);
      executing = executed !== null;
      if (executed) statements.push({ text: executed[1].replace(/\n\t/g, '\n').trim(), parameters: {}, pid: /\[(\d+)\]/.exec(entry)?.[1], index: statements.length });
      continue;
    }
    const detail = /DETAIL:\s+parameters: ([\s\S]*)$/.exec(entry);
    if (detail && executing) {
      for (const m of detail[1].matchAll(/\$(\d+) = ('(?:[^']|'')*'|NULL)/g)) statements.at(-1).parameters[m[1]] = m[2];
    }
  }
  return withoutBackground(statements);
}
// The service's background passes (reminders, the webhook fan-out and gauges, the report fold, jobs) may run during the
// capture, on pooled connections that requests use too. They are known by what they send: their tables, their advisory
// lock, and the reminder pass's read of each activity it fires for by id (~90 statements in a window at 1M; no read
// scenario sends it). A transaction that sent one of them is left out whole; one whose BEGIN came before the capture
// shows up as statements ending with a COMMIT, and is left out when one of them was among its statements.
function withoutBackground(statements) {
  const isBackground = st => /crm_reminder|crm_webhook|crm_jobs|crm_events|report_fold|pg_(try_)?advisory/.test(st.text)
    || /^SELECT a\.id, [^;]*\nFROM activities AS a\nWHERE a\.id = \$1\nLIMIT 1$/.test(st.text);
  const kept = [];
  const open = new Map(); // pid -> the statements of its transaction since BEGIN
  const since = new Map(); // pid -> its statements since the capture began or its last COMMIT, outside a seen BEGIN
  for (const st of statements) {
    const block = open.get(st.pid);
    if (/^BEGIN\b/i.test(st.text)) { open.set(st.pid, [st]); continue; }
    if (/^(COMMIT|ROLLBACK)\b/i.test(st.text)) {
      open.delete(st.pid);
      const before = since.get(st.pid) ?? [];
      since.delete(st.pid);
      if (block) { if (!block.some(isBackground)) kept.push(...block, st); }
      else if (!before.some(isBackground)) kept.push(...before, st);
      continue;
    }
    if (block) block.push(st);
    else since.set(st.pid, [...(since.get(st.pid) ?? []), st]);
  }
  for (const block of open.values()) if (!block.some(isBackground)) kept.push(...block);
  for (const rest of since.values()) kept.push(...rest.filter(st => !isBackground(st)));
  return kept.sort((a, b) => a.index - b.index);
}

// A pgbench script: parameters become literals (NULL arrays keep their type); the detail's customer id becomes :id.
function pgbenchScript(s) {
  const lines = s.kind === 'detail' ? [`\\set id random(${s.min}, ${s.max})`] : [];
  for (const st of s.statements) {
    const body = st.text.replace(/\$(\d+)(?!\d)/g, (_, n) => {
      const value = st.parameters[n] ?? 'NULL';
      if (s.kind === 'detail' && value === `'${Math.floor((s.min + s.max) / 2)}'`) return ':id';
      return value;
    }).replace(/ANY \(NULL\)/g, 'ANY (NULL::bigint[])');
    lines.push(body.replace(/;?\s*$/, ';'));
  }
  return lines.join('\n') + '\n';
}

// 6. Load: wrk against the service (or the peer: peerBase), pgbench against the database.
function wrk(s, duration = seconds, peerBase = null) {
  const target = peerBase ? { kind: 'graphql', path: '/graphql', body: s.peer } : { kind: s.kind ?? 'fixed', path: s.path, body: '' };
  const result = spawnSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s', '-s', path.join(root, 'bench/wrk.lua'), peerBase ?? base], {
    env: { ...process.env, BENCH_KIND: target.kind, BENCH_PATH: target.path, BENCH_BODY: target.body, BENCH_TOKEN: s.token ?? admin, BENCH_MIN: String(s.min ?? 1), BENCH_MAX: String(s.max ?? 1) },
  });
  const line = /BENCH_JSON (.*)/.exec(result.stdout.toString());
  if (!line) throw new Error(`wrk failed: ${result.stderr}`);
  const r = JSON.parse(line[1]);
  const errors = r.errors_connect + r.errors_read + r.errors_write + r.errors_status + r.errors_timeout;
  return { rps: r.requests / (r.duration_us / 1e6), requests: r.requests, errors, p50: r.p50_us / 1000, p95: r.p95_us / 1000, p99: r.p99_us / 1000, max: r.max_us / 1000 };
}
function pgbench(s) {
  const file = path.join(root, `.data/bench-${scale}-${s.name.replace(/\W+/g, '-')}.sql`);
  fs.writeFileSync(file, pgbenchScript(s));
  const out = execFileSync(`${pgBin}/pgbench`, [...pgArgs(database).slice(0, 6), '-n', '-M', 'prepared', '-c', String(connections), '-j', '2', '-T', String(seconds), '-f', file, database],
    { env: pgEnv }).toString();
  const latency = /latency average = ([\d.]+) ms/.exec(out);
  return { tps: Number(/tps = ([\d.]+)/.exec(out)[1]), latencyMs: latency ? Number(latency[1]) : null, script: path.relative(root, file) };
}

// 7. The peer (bench/peer: PostGraphile, installed there by npm on first use), started for the scenarios that have one.
async function startPeer() {
  const dir = path.join(root, 'bench/peer');
  if (!fs.existsSync(path.join(dir, 'node_modules/postgraphile'))) {
    log('installing the peer (npm ci in bench/peer)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const child = spawn('node', [path.join(dir, 'server.mjs'), benchUrl], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', chunk => { out += chunk; const m = /PEER_PORT (\d+)/.exec(out); if (m) resolve(Number(m[1])); });
    child.once('exit', code => reject(new Error(`the peer exited (${code})`)));
  });
  const peerBase = `http://127.0.0.1:${port}`;
  // A GraphQL error still answers 200, which wrk would count as a success: each query must return data first.
  for (const s of scenarios.filter(s => s.peer)) {
    const body = s.peer.replace('%d', String(Math.floor((s.min + s.max) / 2)));
    const answer = await (await fetch(`${peerBase}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json();
    if (answer.errors || !Object.values(answer.data ?? {}).every(v => v)) throw new Error(`peer, ${s.name}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  return { child, peerBase };
}

await captureStatements();
const { child, coldStartMs } = await startService();
log(`cold start to /ready: ${coldStartMs.toFixed(0)} ms`);
const results = [];
let peakRssMb = 0;
try {
  for (const s of scenarios) {
    // Unmeasured load first: the JIT compiles the endpoint's hot paths to their final tier, as in a running service.
    log(`${s.name}: warm-up ${warmup} s`);
    wrk(s, warmup);
    log(`${s.name}: wrk`);
    const api = wrk(s);
    let floor = null;
    if (!s.write) { log(`${s.name}: pgbench`); floor = pgbench(s); }
    results.push({ scenario: s.name, path: s.path, api, floor, ratio: floor ? api.rps / floor.tps : null, statements: s.statements?.length ?? null });
    log(JSON.stringify(results.at(-1)));
  }
} finally {
  peakRssMb = await stopService(child);
}
// The peer after the service has stopped, so that neither idles beside the other's load.
if (scenarios.some(s => s.peer)) {
  const { child: peerChild, peerBase } = await startPeer();
  try {
    for (const s of scenarios.filter(s => s.peer)) {
      log(`${s.name}: peer warm-up ${warmup} s`);
      wrk(s, warmup, peerBase);
      log(`${s.name}: peer wrk`);
      const r = results.find(r => r.scenario === s.name);
      r.peer = wrk(s, seconds, peerBase);
      r.peer_ratio = r.api.rps / r.peer.rps;
      log(JSON.stringify({ scenario: s.name, peer: r.peer, api_over_peer: r.peer_ratio }));
    }
  } finally {
    peerChild.kill('SIGTERM');
  }
}

// 8. The report (not for a partial run: ONLY).
if (only) process.exit(0);
const machine = { cores: (await import('node:os')).cpus().length, load: (await import('node:os')).loadavg().map(l => l.toFixed(1)).join(' '), postgres: sql('postgres', 'SHOW server_version') };
const summary = { scale, date: new Date().toISOString(), duration_s: seconds, connections, cold_start_ms: Math.round(coldStartMs), peak_rss_mb: Math.round(peakRssMb),
  seed: seed && { seconds: Math.round(seed.seconds), output: seed.output }, machine, results,
  rows: Object.fromEntries(['customers', 'contacts', 'deals', 'activities', 'notes', 'customer_tags'].map(t => [t, Number(sql(database, `SELECT count(*) FROM ${t}`))])) };
function peerVersion() {
  try { return JSON.parse(fs.readFileSync(path.join(root, 'bench/peer/node_modules/postgraphile/package.json'), 'utf8')).version; } catch { return '?'; }
}
fs.writeFileSync(path.join(root, `bench/results/${scale}.json`), JSON.stringify(summary, null, 2) + '\n');
const f = (n, d = 1) => n == null ? '–' : n.toFixed(d);
const md = [
  `# Benchmark at ${scale.toLocaleString('en')} customers`, '',
  `${summary.date} · ${connections} connections · ${seconds} s per scenario · wrk (2 threads) → service (Release) → PostgreSQL ${machine.postgres}, all on one ${machine.cores}-core machine.`,
  `Load average at the end: ${machine.load} (the 2 cores run the service, PostgreSQL, wrk and pgbench; pgbench's 16 backends alone make a load of ~16). Run-to-run differences under ~15 % are noise.`, '',
  `Rows: ${Object.entries(summary.rows).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}.`,
  seed ? `Seeded in this run in ${summary.seed.seconds} s.` : 'Database seeded by an earlier run (reused).',
  `Cold start to /ready: **${summary.cold_start_ms} ms** · peak service RSS: **${summary.peak_rss_mb} MB**.`, '',
  '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | floor tx/s (pgbench) | floor avg ms | API ÷ floor | PostGraphile req/s, p50 / p99 ms | API ÷ PostGraphile |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(r => `| ${r.scenario} | ${f(r.api.rps, 0)} | ${f(r.api.p50, 2)} | ${f(r.api.p95, 2)} | ${f(r.api.p99, 2)} | ${r.api.errors} | ${f(r.floor?.tps, r.floor?.tps < 10 ? 2 : 0)} | ${f(r.floor?.latencyMs, 1)} | ${f(r.ratio, 2)} | ${r.peer ? `${f(r.peer.rps, 0)}, ${f(r.peer.p50, 2)} / ${f(r.peer.p99, 2)}${r.peer.errors ? ` (${r.peer.errors} errors)` : ''}` : '–'} | ${f(r.peer_ratio, 2)} |`),
  '', 'The floor runs the statements the endpoint sent in steady state (captured from PostgreSQL\'s statement log) as one pgbench transaction per request, prepared (`-M prepared`) as the service prepares them.',
  'Each scenario first runs ' + warmup + ' s of unmeasured load, so that the JIT has compiled its hot paths as in a running service.',
  'The peer: PostGraphile ' + peerVersion() + ' (bench/peer, Node ' + process.versions.node + ', a pool of 16), measured the same way after the service has stopped: the list as `allCustomers(first: 20, orderBy: CREATED_AT_DESC)` with `totalCount` (PostGraphile counts every match: it has no bound) and each customer\'s tags; the customer page as `customerById` with its live contacts and deals (all of them: open deals need the stage\'s kind, which PostGraphile does not filter by), one GraphQL query each. Our page returns more (tags, counts, upcoming and recent activities, the timeline).',
  'Deep pages: page ' + deepPage + ' (offset ' + ((deepPage - 1) * 20) + ') or the last full page when the book is smaller.', '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/${scale}.md`), md);
console.log(md);
