// make bench-reports SCALE=1000000: what the overview's maintained aggregates (migration 000024) cost the writers and
// what they give the readers, on crm_bench_<scale> (seeded by `make bench` at that scale, or here when missing), 127.0.0.1 only.
//  A. Write cost: POST /admin/customers and a deal stage change (PATCH stage), with the report triggers disabled and
//     enabled in alternating rounds on one service and one database, so drift on a shared machine hits both alike.
//  B. The overview, uncached: sequential requests per filter (all time, an owner, ranges with partial days, one day), then
//     16 connections asking for random ranges and owners; an own-scoped agent (the base-table fallback) separately.
//  C. crm reports rebuild (also what the seed and the migration add) and crm reports verify at this scale.
// Writes bench/results/reports-<scale>.md and .json. ROUNDS and SECONDS change the sizes.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scale = Number(process.env.SCALE ?? 100000);
// Even, so that each mode goes first as often as the other.
const rounds = Number(process.env.ROUNDS ?? 4);
const seconds = Number(process.env.SECONDS ?? 10);
const connections = 4, readConnections = 16;
const log = (...args) => console.error('bench-reports:', ...args);
const load = () => os.loadavg()[0].toFixed(1);
const loadAtStart = load();

const pgBin = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)).map(v => `/usr/lib/postgresql/${v}/bin`).pop();
const serverUrl = new URL(execFileSync(path.join(root, 'scripts/dev-db.sh')).toString().trim());
const database = `crm_bench_${scale}`;
const pgEnv = { ...process.env, PGPASSWORD: decodeURIComponent(serverUrl.password) };
const sql = (db, text) => execFileSync(`${pgBin}/psql`, ['-h', serverUrl.hostname, '-p', serverUrl.port, '-U', decodeURIComponent(serverUrl.username),
  '-d', db, '-v', 'ON_ERROR_STOP=1', '-tAc', text], { env: pgEnv }).toString().trim();
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const secret = randomBytes(32).toString('hex');
const env = { ...process.env, DATABASE_URL: dbUrl, JWT_SECRET: secret, ENVIRONMENT: 'Production', SHUTDOWN_DELAY_SECONDS: '0',
  RATE_LIMIT_PER_MINUTE: '1000000' };

log('building (Release, ReadyToRun)');
execFileSync(path.join(root, 'scripts/publish.sh'), { cwd: root, stdio: 'inherit' });
const dll = path.join(root, '.build/api/crm.dll');
const crm = args => execFileSync('dotnet', [dll, ...args], { cwd: root, env, maxBuffer: 1 << 26 }).toString().trim();
const timed = fn => { const started = process.hrtime.bigint(); const value = fn(); return { value, seconds: round2(Number(process.hrtime.bigint() - started) / 1e9) }; };
const round2 = n => Math.round(n * 100) / 100;

if (sql('postgres', `SELECT count(*) FROM pg_database WHERE datname = '${database}'`) === '0') {
  sql('postgres', `CREATE DATABASE ${database}`);
  crm(['migrate', 'up']);
  log(`seeding ${scale} customers`);
  log(crm(['seed', '--customers', String(scale)]));
  sql(database, 'VACUUM ANALYZE');
  sql('postgres', `COMMENT ON DATABASE ${database} IS 'seeded ${scale}'`);
}
crm(['migrate', 'up']);
const token = (role, id) => crm(['token', '--role', role, '--user-id', String(id), '--ttl', '3h']);
const admin = token('admin', 1), agent = token('agent', 7);

async function start(port, extra = {}) {
  const child = spawn('dotnet', [dll, 'serve'], { env: { ...env, ...extra, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) return child; } catch { /* not yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}
const stop = child => new Promise(r => { child.once('exit', r); child.kill('SIGTERM'); });

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function request(port, method, pathName, body, bearer = admin) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const headers = { authorization: `Bearer ${bearer}` };
    if (data !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method, agent: httpAgent, headers }, res => {
      let text = '';
      res.on('data', c => { text += c; });
      res.on('end', () => res.statusCode < 300 ? resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, body: text })
        : reject(new Error(`${method} ${pathName}: ${res.statusCode} ${text}`)));
    });
    req.on('error', reject);
    req.end(data);
  });
}
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
const summary = v => ({ requests: v.length, p50_ms: round2(percentile(v, 50)), p99_ms: round2(percentile(v, 99)) });

/** Runs `next(connection)` on each connection until the time is up; the latencies of every request. */
async function closedLoop(width, durationSeconds, next) {
  const latencies = [];
  const until = Date.now() + durationSeconds * 1000;
  await Promise.all(Array.from({ length: width }, async (_, c) => {
    while (Date.now() < until) latencies.push((await next(c)).ms);
  }));
  return latencies;
}

const port = 3994;
let service = await start(port);

// A. Write cost, triggers off and on in alternating rounds. Each connection moves its own open deals between two open
// stages (a change the reports count: a stage's figures move), so no two requests wait on one row.
const triggers = [['customers', 'customers'], ['deals', 'deals'], ['activities', 'activities']]
  .flatMap(([table, name]) => ['insert', 'update', 'delete'].map(op => [table, `report_${name}_${op}`]));
const setTriggers = on => triggers.forEach(([table, trigger]) => sql(database, `ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`));
const dealIds = sql(database, `SELECT id FROM deals WHERE deleted_at IS NULL AND stage = 'prospecting' ORDER BY id LIMIT ${connections * 500}`)
  .split('\n').map(Number);
const moves = Array.from({ length: connections }, (_, c) => ({ ids: dealIds.slice(c * 500, (c + 1) * 500), next: 0, stage: 'qualification' }));
function stageChange(c) {
  const m = moves[c];
  if (m.next === m.ids.length) [m.next, m.stage] = [0, m.stage === 'qualification' ? 'prospecting' : 'qualification'];
  return request(port, 'PATCH', `/admin/deals/${m.ids[m.next++]}`, { stage: m.stage });
}
let serial = 0;
const createCustomer = () => request(port, 'POST', '/admin/customers', { name: 'Bench', email: `reports${process.pid}-${serial++}@example.com`, assigned_to: 7 });

log(`A. write cost, ${rounds} alternating rounds of ${seconds} s per scenario, ${connections} connections`);
// The JIT warms up on both scenarios first: otherwise the first round's mode pays for it.
await closedLoop(connections, 5, createCustomer);
await closedLoop(connections, 5, stageChange);
const writes = { create: { off: [], on: [] }, stage: { off: [], on: [] } };
const loads = [];
for (let r = 0; r < rounds; r++) {
  for (const mode of r % 2 === 0 ? ['off', 'on'] : ['on', 'off']) {
    setTriggers(mode === 'on');
    await closedLoop(connections, 2, createCustomer); // warm-up
    writes.create[mode].push(...await closedLoop(connections, seconds, createCustomer));
    writes.stage[mode].push(...await closedLoop(connections, seconds, stageChange));
    loads.push(load());
  }
}
setTriggers(true);
const writeCost = Object.fromEntries(Object.entries(writes).map(([name, modes]) => {
  const [off, on] = [summary(modes.off), summary(modes.on)];
  return [name, { off, on, p50_increase_percent: round2((on.p50_ms / off.p50_ms - 1) * 100) }];
}));
log(JSON.stringify(writeCost));

// C (first: the rounds without triggers left the aggregates behind). Rebuild, then verify against the base tables.
await stop(service);
log('C. crm reports rebuild, crm reports verify');
const rebuild = timed(() => crm(['reports', 'rebuild']));
const verify = timed(() => crm(['reports', 'verify']));
log(rebuild.value, '·', verify.value);
service = await start(port);

// B. The overview.
const variants = [
  ['all time', ''],
  ['one owner', 'owner_id=7'],
  ['a range with partial days', 'from=2025-03-15T10:30:00Z&to=2025-11-02T08:00:00Z'],
  ['two owners, two years', 'owner_id=7,8&from=2024-02-10T00:00:00Z&to=2026-01-20T12:00:00Z'],
  ['one day', 'from=2026-06-01T00:00:00Z&to=2026-06-01T23:59:59Z'],
  ['this month so far', 'from=2026-11-01T00:00:00Z'],
];
log('B. the overview');
const overview = {};
for (const [name, query] of variants) {
  for (let i = 0; i < 2; i++) await request(port, 'GET', `/admin/reports/overview?${query}`);
  const samples = [];
  for (let i = 0; i < 20; i++) samples.push((await request(port, 'GET', `/admin/reports/overview?${query}`)).ms);
  overview[name] = { query, ...summary(samples) };
}
// Any range and owner: random ends (to the second) within the seeded span, an owner half of the time.
const span = [Date.parse('2023-12-01T00:00:00Z'), Date.parse('2026-11-29T00:00:00Z')];
function randomOverview() {
  const [a, b] = [0, 0].map(() => new Date(span[0] + Math.random() * (span[1] - span[0])).toISOString().slice(0, 19) + 'Z').sort();
  const owner = Math.random() < 0.5 ? `&owner_id=${1 + Math.floor(Math.random() * 50)}` : '';
  return request(port, 'GET', `/admin/reports/overview?from=${a}&to=${b}${owner}`);
}
await closedLoop(readConnections, 3, randomOverview);
const random = closedLoop(readConnections, seconds, randomOverview);
const randomLatencies = await random;
const anyRange = { ...summary(randomLatencies), requests_per_second: round2(randomLatencies.length / seconds), load: load() };
log(JSON.stringify(overview), JSON.stringify(anyRange));
await stop(service);

// The own-scope fallback: an agent's reach cannot be read from aggregates kept per owner.
service = await start(port, { AGENT_READ_SCOPE: 'own' });
await request(port, 'GET', '/admin/reports/overview', undefined, agent);
const own = [];
for (let i = 0; i < 3; i++) own.push((await request(port, 'GET', '/admin/reports/overview', undefined, agent)).ms);
const ownScope = summary(own);
await stop(service);
httpAgent.destroy();

const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, PostgreSQL ${sql('postgres', 'SHOW server_version')}, `
  + `load ${loadAtStart} at start and ${load()} at the end (1-minute average; after each write round: ${loads.join(', ')})`;
const sizes = sql(database, `SELECT string_agg(t || ' ' || n, ', ') FROM (SELECT 'report_customers' t, count(*) n FROM report_customers
  UNION ALL SELECT 'report_deals', count(*) FROM report_deals UNION ALL SELECT 'report_activities', count(*) FROM report_activities
  UNION ALL SELECT 'report_customer_won', count(*) FROM report_customer_won) x`);
const results = { date: new Date().toISOString(), scale, machine, commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim(),
  write_cost: writeCost, overview, any_range: anyRange, own_scope: ownScope, rebuild_seconds: rebuild.seconds, verify_seconds: verify.seconds,
  verify: verify.value, aggregate_rows: sizes };
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, `bench/results/reports-${scale}.json`), JSON.stringify(results, null, 2) + '\n');
const row = (name, w) => `| ${name} | ${w.off.p50_ms} / ${w.off.p99_ms} ms | ${w.on.p50_ms} / ${w.on.p99_ms} ms | ${w.p50_increase_percent} % | ${w.off.requests} / ${w.on.requests} |`;
fs.writeFileSync(path.join(root, `bench/results/reports-${scale}.md`), `# make bench-reports SCALE=${scale}

${results.date} · ${machine} · ${results.commit.slice(0, 10)}

Write cost of the report triggers (${connections} connections, ${rounds} alternating rounds of ${seconds} s per scenario and mode):

| write | triggers off p50 / p99 | on p50 / p99 | p50 change | requests off / on |
|---|---|---|---|---|
${row('POST /admin/customers', writeCost.create)}
${row('PATCH /admin/deals/:id stage', writeCost.stage)}

The overview, uncached (one connection, 20 requests each after 2; p99 of 20 = the slowest):

| filter | p50 | p99 |
|---|---|---|
${Object.entries(overview).map(([name, o]) => `| ${name} (\`${o.query || 'none'}\`) | ${o.p50_ms} ms | ${o.p99_ms} ms |`).join('\n')}
| random range and owner, ${readConnections} connections, ${seconds} s | ${anyRange.p50_ms} ms | ${anyRange.p99_ms} ms (${anyRange.requests_per_second} req/s, load ${anyRange.load}) |
| own-scoped agent (base tables, 3 requests) | ${ownScope.p50_ms} ms | ${ownScope.p99_ms} ms |

crm reports rebuild: ${rebuild.seconds} s · crm reports verify: ${verify.seconds} s (${verify.value}) · aggregate rows: ${sizes}
`);
console.log(fs.readFileSync(path.join(root, `bench/results/reports-${scale}.md`), 'utf8'));
