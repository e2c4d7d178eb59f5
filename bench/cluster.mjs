// make bench-cluster SCALE=10000: reads/s of `make cluster` (HAProxy → 3 instances → replica, Redis) against one instance
// on the primary alone, on the same machine, for the list and detail scenarios of bench/run.mjs; and the CPU each
// process spent per request (from /proc: the instances, each PostgreSQL server with its backends, HAProxy, Redis).
// Writes bench/results/cluster-<scale>.md and .json. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scale = Number(process.env.SCALE ?? 10000);
const seconds = Number(process.env.DURATION ?? 15);
const warmup = Number(process.env.WARMUP ?? 10);
const connections = 16;
const clusterDir = path.join(root, '.data/bench-cluster');
const log = (...args) => console.error('bench-cluster:', ...args);
const tick = 100; // clock ticks per second in /proc (USER_HZ)

// 1. The cluster, with limits out of the way of a load test.
// Its own folder and ports (not `make cluster`'s), kept between runs so that the seeded data is reused.
const env = { ...process.env, CLUSTER_DIR: clusterDir, RATE_LIMIT_PER_MINUTE: '1000000', READ_REPLICA_MAX_LAG_SECONDS: '5' };
const endpoints = execFileSync(path.join(root, 'scripts/cluster.sh'), ['start'], { env, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const field = name => new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(endpoints)[1];
const proxy = field('proxy'), primaryUrl = field('primary'), replicaUrl = field('replica');
const base = Number(new URL(proxy).port);
const secret = fs.readFileSync(path.join(clusterDir, 'jwt-secret'), 'utf8').trim();
const dll = path.join(root, '.build/api/crm.dll');
const crm = (args, extra = {}) => execFileSync('dotnet', [dll, ...args], { env: { ...process.env, DATABASE_URL: primaryUrl, JWT_SECRET: secret, ...extra }, maxBuffer: 1 << 26 }).toString();
const pgBin = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)).map(v => `/usr/lib/postgresql/${v}/bin`).pop();
const sql = (url, text) => execFileSync(`${pgBin}/psql`, [url, '-v', 'ON_ERROR_STOP=1', '-tAc', text]).toString().trim();

// 2. The data, seeded once per scale into the cluster's primary; the replica streams it.
if (sql(primaryUrl, "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = 'crm'") !== `seeded ${scale}`) {
  log(`seeding ${scale} customers into the cluster's primary`);
  crm(['seed', '--customers', String(scale)]);
  sql(primaryUrl, 'VACUUM ANALYZE');
  sql(primaryUrl, `COMMENT ON DATABASE crm IS 'seeded ${scale}'`);
}
const target = sql(primaryUrl, 'SELECT pg_current_wal_lsn()');
for (let i = 0; i < 600 && sql(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn`) !== 't'; i++) await new Promise(r => setTimeout(r, 500));
const [minCustomer, maxCustomer] = sql(primaryUrl, 'SELECT min(id), max(id) FROM customers WHERE deleted_at IS NULL').split('|').map(Number);
const admin = crm(['token', '--role', 'admin', '--user-id', '1', '--ttl', '3h']).trim();

// 3. One instance as today: on the primary alone, no Redis, no replica, its own port; the cluster's instances stay idle.
const singlePort = base + 5;
const single = spawn('dotnet', [dll, 'serve'], {
  stdio: ['ignore', fs.openSync(path.join(clusterDir, 'single.log'), 'w'), 'inherit'],
  env: { ...process.env, DATABASE_URL: primaryUrl, JWT_SECRET: secret, PORT: String(singlePort), ENVIRONMENT: 'Production',
    MIGRATE_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '1000000', DB_MAX_POOL_SIZE: '20' },
});
for (let i = 0; i < 600; i++) {
  try { if ((await fetch(`http://127.0.0.1:${singlePort}/ready`)).status === 200) break; } catch { /* starting */ }
  await new Promise(r => setTimeout(r, 100));
}

// 4. CPU seconds by part, from /proc (a PostgreSQL server: its postmaster, its live backends, and the reaped ones).
const stat = pid => {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { ppid: Number(f[1]), own: (Number(f[11]) + Number(f[12])) / tick, children: (Number(f[13]) + Number(f[14])) / tick };
  } catch { return null; }
};
const pids = () => fs.readdirSync('/proc').filter(p => /^\d+$/.test(p)).map(Number);
const postmaster = which => Number(fs.readFileSync(path.join(clusterDir, 'pg', which, 'postmaster.pid'), 'utf8').split('\n')[0]);
const pidFile = name => Number(fs.readFileSync(path.join(clusterDir, `${name}.pid`), 'utf8').trim());
function cpu() {
  const all = pids().map(pid => ({ pid, s: stat(pid) })).filter(p => p.s);
  const server = pm => { const s = stat(pm); return s.own + s.children + all.filter(p => p.s.ppid === pm).reduce((t, p) => t + p.s.own, 0); };
  return {
    'instance 1': stat(pidFile('crm-1')).own, 'instance 2': stat(pidFile('crm-2')).own, 'instance 3': stat(pidFile('crm-3')).own,
    'single instance': stat(single.pid).own, primary: server(postmaster('primary')), replica: server(postmaster('replica')),
    haproxy: stat(pidFile('haproxy')).own, redis: stat(pidFile('redis')).own,
  };
}

function wrk(url, s, duration) {
  const result = spawnSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s', '-s', path.join(root, 'bench/wrk.lua'), url], {
    env: { ...process.env, BENCH_KIND: s.kind ?? 'fixed', BENCH_PATH: s.path, BENCH_TOKEN: admin, BENCH_MIN: String(s.min ?? 1), BENCH_MAX: String(s.max ?? 1) },
  });
  const line = /BENCH_JSON (.*)/.exec(result.stdout.toString());
  if (!line) throw new Error(`wrk failed: ${result.stderr}`);
  const r = JSON.parse(line[1]);
  return { rps: r.requests / (r.duration_us / 1e6), requests: r.requests, errors: r.errors_connect + r.errors_read + r.errors_write + r.errors_status + r.errors_timeout,
    p50: r.p50_us / 1000, p99: r.p99_us / 1000 };
}

const scenarios = [
  { name: 'customers list page 1', path: '/admin/customers' },
  { name: 'customer detail', kind: 'detail', path: '/admin/customers/%d', min: minCustomer, max: maxCustomer },
];
const targets = [
  { name: 'one instance (primary only)', url: `http://127.0.0.1:${singlePort}` },
  { name: 'cluster (HAProxy → 3 instances → replica)', url: proxy },
];
const results = [];
try {
  for (const s of scenarios) {
    for (const t of targets) {
      log(`${s.name} on ${t.name}: warm-up ${warmup} s`);
      wrk(t.url, s, warmup);
      const before = cpu();
      const api = wrk(t.url, s, seconds);
      const after = cpu();
      const perRequest = Object.fromEntries(Object.keys(before).map(k => [k, (after[k] - before[k]) * 1000 / api.requests]).filter(([, ms]) => ms > 0.0005));
      results.push({ scenario: s.name, target: t.name, api, cpu_ms_per_request: perRequest });
      log(JSON.stringify(results.at(-1)));
    }
  }
} finally {
  single.kill('SIGTERM');
}

const f = (n, d = 2) => n.toFixed(d);
const md = [
  `# Cluster against one instance at ${scale.toLocaleString('en')} customers`, '',
  `${new Date().toISOString()} · wrk, ${connections} connections, ${seconds} s per run after ${warmup} s of warm-up · all on one ${os.cpus().length}-core machine (load at the end: ${os.loadavg().map(l => l.toFixed(1)).join(' ')}).`,
  'The cluster is `make cluster` (HAProxy → 3 instances, Redis, reads on the streaming replica); one instance is the published program on the primary alone, no Redis.', '',
  '| scenario | target | req/s | p50 ms | p99 ms | errors | CPU ms per request, by process |',
  '|---|---|---:|---:|---:|---:|---|',
  ...results.map(r => `| ${r.scenario} | ${r.target} | ${f(r.api.rps, 0)} | ${f(r.api.p50)} | ${f(r.api.p99)} | ${r.api.errors} | ${Object.entries(r.cpu_ms_per_request).map(([k, v]) => `${k} ${f(v)}`).join(' · ')} |`),
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, `bench/results/cluster-${scale}.json`), JSON.stringify({ scale, date: new Date().toISOString(), duration_s: seconds, connections, results }, null, 2) + '\n');
fs.writeFileSync(path.join(root, `bench/results/cluster-${scale}.md`), md);
console.log(md);
log(`the cluster keeps running (make cluster-stop, or CLUSTER_DIR=${clusterDir} scripts/cluster.sh stop)`);
