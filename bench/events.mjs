// make bench-events: what the outbox and the webhook dispatcher cost and sustain, on this machine, 127.0.0.1 only.
//  A. The event append's cost on POST /admin/customers: this build against the build this branch started from (its
//     merge base with main, or main before events landed: no outbox), on one database, in alternating rounds; p50 and p99 of each.
//  B. Dispatcher throughput: a backlog of events for one endpoint whose receiver answers 200 at once, drained by one
//     instance; deliveries per second from the first arrival to the last.
//  C. Delivery lag under 100 writes/s: customers created at a steady 100/s, lag = arrival at the receiver minus the
//     event's occurred_at; p50, p99, max.
// Writes bench/results/events.md and .json. ROUNDS, SECONDS, BACKLOG and LAG_SECONDS change the sizes.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.ROUNDS ?? 3);
const seconds = Number(process.env.SECONDS ?? 15);
const backlog = Number(process.env.BACKLOG ?? 10000);
const lagSeconds = Number(process.env.LAG_SECONDS ?? 30);
const connections = 4;
const log = (...args) => console.error('bench-events:', ...args);
const loadAtStart = os.loadavg()[0];
const secret = 'bench-events-jwt-secret-of-at-least-32-bytes';
const webhookKey = 'bench-events-webhook-key-of-at-least-32-bytes';

const pgBin = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)).map(v => `/usr/lib/postgresql/${v}/bin`).pop();
const serverUrl = new URL(execFileSync(path.join(root, 'scripts/dev-db.sh')).toString().trim());
const database = 'crm_bench_events';
const pgEnv = { ...process.env, PGPASSWORD: decodeURIComponent(serverUrl.password) };
const sql = (db, text) => execFileSync(`${pgBin}/psql`, ['-h', serverUrl.hostname, '-p', serverUrl.port, '-U', decodeURIComponent(serverUrl.username),
  '-d', db, '-v', 'ON_ERROR_STOP=1', '-tAc', text], { env: pgEnv }).toString().trim();
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

// 1. Both builds, Release and ReadyToRun as the image builds them.
log('building this branch');
execFileSync(path.join(root, 'scripts/publish.sh'), { cwd: root, stdio: 'inherit' });
const current = path.join(root, '.build/api/crm.dll');
// The baseline has no outbox: BASE if given, else main just before events were merged (on main, HEAD's merge base with
// main is HEAD itself), else this branch's merge base with main.
const git = args => execFileSync('git', args, { cwd: root }).toString().trim();
const eventsMerge = git(['log', '--merges', '--format=%P', '--grep=^Merge events', '-1', 'HEAD']).split(' ')[0];
const baseCommit = process.env.BASE ?? (eventsMerge || git(['merge-base', 'HEAD', 'main']));
const baseDir = path.join(root, '.build/bench-base');
if (!fs.existsSync(path.join(baseDir, 'commit')) || fs.readFileSync(path.join(baseDir, 'commit'), 'utf8') !== baseCommit) {
  log(`building the baseline ${baseCommit.slice(0, 10)} (no outbox)`);
  fs.rmSync(baseDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(baseDir, 'src'), { recursive: true });
  execFileSync('sh', ['-c', `git archive ${baseCommit} | tar -x -C "${baseDir}/src"`], { cwd: root });
  execFileSync('dotnet', ['publish', 'src/Crm.Api/Crm.Api.csproj', '-c', 'Release', '-p:UseAppHost=false', '--use-current-runtime',
    '--self-contained', 'false', '-p:PublishReadyToRun=true', '-o', path.join(baseDir, 'app'), '-nologo'], { cwd: path.join(baseDir, 'src'), stdio: 'ignore' });
  fs.writeFileSync(path.join(baseDir, 'commit'), baseCommit);
}
const baseline = path.join(baseDir, 'app/crm.dll');

// 2. A fresh database at this build's schema.
sql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
sql('postgres', `CREATE DATABASE ${database}`);
const env = { ...process.env, DATABASE_URL: dbUrl, JWT_SECRET: secret, ENVIRONMENT: 'Production', WEBHOOK_SECRET_KEY: webhookKey,
  WEBHOOK_ALLOW_PRIVATE: 'true', SHUTDOWN_DELAY_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '1000000' };
execFileSync('dotnet', [current, 'migrate', 'up'], { env, stdio: 'ignore' });
const token = execFileSync('dotnet', [current, 'token', '--role', 'admin', '--user-id', '1', '--ttl', '3h'], { env }).toString().trim();

async function start(dll, port) {
  const child = spawn('dotnet', [dll, 'serve'], { env: { ...env, PORT: String(port) }, stdio: 'ignore' });
  // /health, not /ready: the baseline build does not know this schema version, and need not.
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200) return child; } catch { /* not yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`${dll} did not start`);
}
const stop = child => new Promise(r => { child.once('exit', r); child.kill('SIGTERM'); });

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let serial = 0;
function post(port, pathName, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: `Bearer ${token}` } }, res => {
      let text = '';
      res.on('data', c => { text += c; });
      res.on('end', () => res.statusCode < 300 ? resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, body: text })
        : reject(new Error(`${res.statusCode} ${text}`)));
    });
    req.on('error', reject);
    req.end(data);
  });
}
const createCustomer = port => post(port, '/admin/customers', { name: 'Bench', email: `bench${process.pid}-${serial++}@example.com` });
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
const round2 = n => Math.round(n * 100) / 100;

async function closedLoop(port, durationSeconds) {
  const latencies = [];
  const until = Date.now() + durationSeconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < until) latencies.push((await createCustomer(port)).ms);
  }));
  return latencies;
}

// CPU time (user + system, ms) of a process, and of every process of the PostgreSQL cluster (its backends, the WAL
// writer, the checkpointer): what a request costs, whatever else the machine is doing at the time.
const ticks = 100; // USER_HZ on Linux
const cpuOfStat = text => { const f = text.slice(text.lastIndexOf(')') + 2).split(' '); return { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 1000 / ticks }; };
const cpuOf = pid => { try { return cpuOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')).ms; } catch { return 0; } };
const postmaster = Number(fs.readFileSync(path.join(root, '.data/pg/postmaster.pid'), 'utf8').split('\n')[0]);
const databaseCpu = () => fs.readdirSync('/proc').filter(d => /^\d+$/.test(d)).reduce((sum, pid) => {
  try { const stat = cpuOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); return stat.ppid === postmaster ? sum + stat.ms : sum; } catch { return sum; }
}, 0);

// A. Append cost: alternating rounds (baseline, current) so drift on a shared machine hits both alike; latency, and the
// CPU each request took in the service and in PostgreSQL (which the neighbours' load does not change much).
log(`A. create-customer latency and CPU, ${rounds} alternating rounds of ${seconds} s, ${connections} connections`);
const samples = { baseline: [], current: [] };
const cpu = { baseline: { service: 0, database: 0 }, current: { service: 0, database: 0 } };
const ports = { baseline: 3991, current: 3992 };
for (let r = 0; r < rounds; r++) {
  for (const [name, dll] of [['baseline', baseline], ['current', current]]) {
    const child = await start(dll, ports[name]);
    await closedLoop(ports[name], 3); // warm-up
    const [service0, database0] = [cpuOf(child.pid), databaseCpu()];
    samples[name].push(...await closedLoop(ports[name], seconds));
    cpu[name].service += cpuOf(child.pid) - service0;
    cpu[name].database += databaseCpu() - database0;
    await stop(child);
  }
}
const append = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { requests: v.length, p50_ms: round2(percentile(v, 50)), p99_ms: round2(percentile(v, 99)),
  service_cpu_ms: round2(cpu[k].service / v.length), database_cpu_ms: round2(cpu[k].database / v.length) }]));
append.p50_increase_percent = round2((append.current.p50_ms / append.baseline.p50_ms - 1) * 100);
const cpuPerRequest = k => append[k].service_cpu_ms + append[k].database_cpu_ms;
append.cpu_increase_percent = round2((cpuPerRequest('current') / cpuPerRequest('baseline') - 1) * 100);
log(JSON.stringify(append));

// A receiver: answers 200 at once and notes when each event arrived.
const arrivals = [];
const receiver = http.createServer((req, res) => {
  let text = '';
  req.on('data', c => { text += c; });
  req.on('end', () => { arrivals.push({ at: Date.now(), body: text }); res.writeHead(200); res.end('ok'); });
});
await new Promise(r => receiver.listen(0, '127.0.0.1', r));
const receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;

// B. Throughput: the backlog is written while no dispatcher runs, then one instance drains it.
log(`B. draining a backlog of ${backlog} events`);
let service = await start(current, ports.current);
await post(ports.current, '/admin/webhooks', { url: receiverUrl, event_types: ['customer.*'] });
await stop(service);
sql(database, `INSERT INTO crm_events (type, occurred_at, actor_user_id, actor_role, resource_type, resource_id, data)
  SELECT 'customer.updated', now(), 1, 'admin', 'customer', 1000000 + n, json_build_object('id', 1000000 + n, 'name', 'Backlog ' || n)
  FROM generate_series(1, ${backlog}) AS n`);
arrivals.length = 0;
service = await start(current, ports.current);
const drainDeadline = Date.now() + 600_000;
while (arrivals.length < backlog && Date.now() < drainDeadline) await new Promise(r => setTimeout(r, 200));
const drained = arrivals.length;
const drainSeconds = (arrivals[drained - 1].at - arrivals[0].at) / 1000;
const throughput = { events: backlog, delivered: drained, seconds: round2(drainSeconds), deliveries_per_second: Math.round(drained / drainSeconds) };
log(JSON.stringify(throughput));

// C. Lag at a steady 100 writes/s.
log(`C. delivery lag at 100 writes/s for ${lagSeconds} s`);
arrivals.length = 0;
const writes = [];
const t0 = Date.now();
for (let i = 0; i < lagSeconds * 100; i++) {
  const due = t0 + i * 10;
  const wait = due - Date.now();
  if (wait > 0) await new Promise(r => setTimeout(r, wait));
  writes.push(createCustomer(ports.current));
}
await Promise.all(writes);
const lagDeadline = Date.now() + 60_000;
while (arrivals.length < writes.length && Date.now() < lagDeadline) await new Promise(r => setTimeout(r, 100));
const lags = arrivals.map(a => a.at - Date.parse(JSON.parse(a.body).occurred_at));
const lag = { writes: writes.length, achieved_writes_per_second: round2(writes.length / ((Date.now() - t0) / 1000)), delivered: arrivals.length,
  p50_ms: percentile(lags, 50), p99_ms: percentile(lags, 99), max_ms: Math.max(...lags) };
log(JSON.stringify(lag));
await stop(service);
receiver.close();
agent.destroy();
sql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);

// Results.
const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, PostgreSQL ${sql('postgres', 'SHOW server_version')}, `
  + `load ${loadAtStart.toFixed(1)} at start and ${os.loadavg()[0].toFixed(1)} at the end (1-minute average)`;
const results = { date: new Date().toISOString(), machine, baseline_commit: baseCommit, append, throughput, lag };
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/events.json'), JSON.stringify(results, null, 2) + '\n');
const ok = (value, good) => `${value} (${good ? 'meets' : 'misses'} the target)`;
fs.writeFileSync(path.join(root, 'bench/results/events.md'), `# make bench-events

${results.date} · ${machine} · baseline ${baseCommit.slice(0, 10)} (no outbox)

| measure | baseline | with events | target |
|---|---|---|---|
| POST /admin/customers p50 (${connections} connections, ${rounds}×${seconds} s) | ${append.baseline.p50_ms} ms | ${append.current.p50_ms} ms | ≤ +10 %: ${ok(`${append.p50_increase_percent} %`, append.p50_increase_percent <= 10)} |
| POST /admin/customers p99 | ${append.baseline.p99_ms} ms | ${append.current.p99_ms} ms | |
| CPU per POST /admin/customers: service + PostgreSQL | ${append.baseline.service_cpu_ms} + ${append.baseline.database_cpu_ms} ms | ${append.current.service_cpu_ms} + ${append.current.database_cpu_ms} ms | ${append.cpu_increase_percent} % |
| dispatcher, ${backlog} queued events to one local receiver | | ${ok(`${throughput.deliveries_per_second} deliveries/s`, throughput.deliveries_per_second >= 500)} | ≥ 500/s |
| delivery lag at ${lag.achieved_writes_per_second} writes/s (p50 · p99 · max) | | ${lag.p50_ms} · ${ok(`${lag.p99_ms}`, lag.p99_ms < 2000)} · ${lag.max_ms} ms | p99 < 2 s |
`);
console.log(fs.readFileSync(path.join(root, 'bench/results/events.md'), 'utf8'));
