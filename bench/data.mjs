// make bench-data SCALE=1000000: data in and out (contract section 9) on the published Release build, in this order:
//   Export: GET /admin/customers/export of every customer of crm_bench_<scale> (seeded through bench/run.mjs when
//     missing): time, bytes, rows and the service's peak RSS.
//   Bulk: POST /admin/customers/bulk updating 1,000 ids, ROUNDS times.
//   Import: CSV files of N customers and N contacts (one per customer, found by customer_email) into an empty database
//     (crm_bench_data_import, recreated each run), for every N of IMPORT_SIZES (default 10000,100000): time from upload to
//     the job's end, rows/s, and the service's peak RSS while each import runs (sampled from /proc every 50 ms), so that
//     memory can be compared across file sizes.
// NO_BUILD=1 reuses .build/api. Writes bench/results/data-<scale>.md and .json (after every figure) with the load average beside each. Listens on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl, root, seededLikeMakeBench, sql } from './lib.mjs';

const scale = Number(process.env.SCALE ?? 1000000);
const sizes = (process.env.IMPORT_SIZES ?? '10000,100000').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 3989);
const base = `http://127.0.0.1:${port}`;
const database = `crm_bench_${scale}`;
const importDatabase = 'crm_bench_data_import';
const log = (...args) => console.error('bench-data:', ...args);
const load = () => os.loadavg().map(l => l.toFixed(1)).join(' ');

const urlOf = databaseUrl;

// 1. The seeded database (bench/lib.mjs: as make bench seeds it), else just the build.
seededLikeMakeBench(scale, log);
const crm = (db, args, env = {}) => execFileSync('dotnet', [path.join(root, '.build/api/crm.dll'), ...args],
  { cwd: root, env: { ...process.env, DATABASE_URL: urlOf(db), ...env } }).toString();
crm(database, ['migrate', 'up']);
sql('postgres', `DROP DATABASE IF EXISTS ${importDatabase} WITH (FORCE)`);
sql('postgres', `CREATE DATABASE ${importDatabase}`);
crm(importDatabase, ['migrate', 'up']);

const secret = randomBytes(32).toString('hex');
const admin = crm(database, ['token', '--role', 'admin', '--user-id', '1', '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const auth = { Authorization: `Bearer ${admin}` };
const files = path.join(root, '.data/bench-data');
fs.mkdirSync(files, { recursive: true });

/** The service on a database, as `make run` starts it; resolves to its process once ready. */
async function serve(db) {
  // Another service on the port (a run cut short) would answer in this one's place.
  if (await fetch(`${base}/ready`).then(() => true, () => false)) throw new Error(`port ${port} is taken: stop what listens there`);
  const out = fs.openSync(path.join(root, `.data/bench-data-service-${db}.log`), 'w');
  const child = spawn('dotnet', [path.join(root, '.build/api/crm.dll'), 'serve'], {
    cwd: root, stdio: ['ignore', out, out],
    env: { ...process.env, DATABASE_URL: urlOf(db), JWT_SECRET: secret, PORT: String(port), ENVIRONMENT: 'Production',
      ASPNETCORE_ENVIRONMENT: 'Production', MIGRATE_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '1000000',
      STORAGE_BACKEND: 'local', STORAGE_LOCAL_PATH: path.join(files, 'store') },
  });
  for (let i = 0; i < 6000; i++) {
    try { if ((await fetch(`${base}/ready`)).status === 200) return child; } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error(`the service exited; see .data/bench-data-service-${db}.log`);
    await new Promise(r => setTimeout(r, 10));
  }
  throw new Error('the service never became ready');
}

async function stop(child) {
  child.kill('SIGTERM');
  await new Promise(r => child.exitCode !== null ? r() : child.once('exit', r));
}

/** Runs work() while sampling the process's resident memory; returns its result, seconds and the peak RSS in MiB. */
async function measured(child, work) {
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  let peak = rss();
  const sampler = setInterval(() => { try { peak = Math.max(peak, rss()); } catch { /* exited */ } }, 50);
  const loadBefore = load();
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    return { ...result, seconds: Number(process.hrtime.bigint() - started) / 1e9, peak_rss_mib: Math.round(Math.max(peak, rss())),
      load: `${loadBefore} → ${load()}` };
  } finally {
    clearInterval(sampler);
  }
}

/** Uploads a CSV as an import and waits for its job. */
async function importFile(entity, file) {
  const form = new FormData();
  form.append('entity', entity);
  form.append('mode', 'create');
  form.append('file', await fs.openAsBlob(file, { type: 'text/csv' }), path.basename(file));
  const response = await fetch(`${base}/admin/imports`, { method: 'POST', headers: auth, body: form });
  if (response.status !== 202) throw new Error(`import ${file}: ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  for (;;) {
    const job = await (await fetch(`${base}/admin/jobs/${id}`, { headers: auth })).json();
    if (['completed', 'failed', 'cancelled'].includes(job.status)) {
      if (job.status !== 'completed' || job.failed > 0) throw new Error(`import ${file} ended ${job.status}: ${JSON.stringify(job)}`);
      return { rows: job.processed_rows, created: job.created };
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

function writeCsv(name, header, rows, line) {
  const file = path.join(files, name);
  const fd = fs.openSync(file, 'w');
  let chunk = header + '\n';
  for (let i = 1; i <= rows; i++) {
    chunk += line(i) + '\n';
    if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}

const results = { imports: [], exports: [], bulk: [] };

// 2. Export of every customer and bulk updates of 1,000 ids, on the seeded database.
let child = await serve(database);
try {
  for (let round = 1; round <= rounds; round++) {
    log(`export round ${round} (load ${load()})`);
    const r = await measured(child, async () => {
      const response = await fetch(`${base}/admin/customers/export?format=csv`, { headers: auth });
      if (response.status !== 200) throw new Error(`export: ${response.status} ${await response.text()}`);
      let bytes = 0, lines = 0;
      for await (const chunk of response.body) {
        bytes += chunk.length;
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      }
      return { bytes, rows: lines - 1 };
    });
    results.exports.push(r);
    report();
    log(JSON.stringify(r));
  }
  const ids = sql(database, 'SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY hashint8(id) LIMIT 1000').split('\n').map(Number);
  for (let round = 1; round <= rounds; round++) {
    const r = await measured(child, async () => {
      const response = await fetch(`${base}/admin/customers/bulk`, {
        method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids, action: 'update', changes: { next_follow_up_at: new Date(Date.UTC(2031, 0, round)).toISOString() } }),
      });
      const body = await response.json();
      if (response.status !== 200 || body.failed > 0) throw new Error(`bulk: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
      return { rows: body.succeeded };
    });
    results.bulk.push(r);
    report();
    log(JSON.stringify(r));
  }
} finally {
  await stop(child);
}

// 3. Imports into the empty database: customers, then their contacts (by customer_email), per file size.
child = await serve(importDatabase);
try {
  for (const n of sizes) {
    const customers = writeCsv(`customers-${n}.csv`, 'name,email,phone,company,status', n,
      i => `Customer ${n}-${i},c${i}@s${n}.bench.example,+1 555 ${String(i % 10000).padStart(4, '0')},Company ${i % 5000},${['lead', 'prospect', 'active'][i % 3]}`);
    const contacts = writeCsv(`contacts-${n}.csv`, 'customer_email,first_name,last_name,email,position', n,
      i => `c${i}@s${n}.bench.example,First${i},Last${i},p${i}@s${n}.bench.example,Buyer`);
    for (const [entity, file] of [['customers', customers], ['contacts', contacts]]) {
      log(`importing ${n} ${entity} (load ${load()})`);
      const r = await measured(child, () => importFile(entity, file));
      r.entity = entity; r.size = n; r.bytes = fs.statSync(file).size; r.rows_per_s = r.rows / r.seconds;
      results.imports.push(r);
      report();
      log(JSON.stringify(r));
    }
  }
} finally {
  await stop(child);
}

// 4. The report, rewritten after every figure (a run cut short still leaves what it measured).
function report() {
const summary = { scale, date: new Date().toISOString(), machine: { cores: os.cpus().length, postgres: sql('postgres', 'SHOW server_version') }, ...results };
fs.writeFileSync(path.join(root, `bench/results/data-${scale}.json`), JSON.stringify(summary, null, 2) + '\n');
const f = (n, d = 1) => n.toFixed(d);
const mib = bytes => f(bytes / (1 << 20));
const md = [
  `# Data in and out (${scale.toLocaleString('en')} customers seeded)`, '',
  `${summary.date} · service: the published Release build (\`make run\`'s) · PostgreSQL ${summary.machine.postgres} · one ${summary.machine.cores}-core machine shared with other work: the load average (1, 5, 15 min) before → after each figure is beside it.`, '',
  '## Import (CSV, mode create, into an empty database)', '',
  'Each file size imports N customers, then N contacts that name their customer by `customer_email`. Time: upload to the job\'s end. RSS: the service\'s peak resident memory while that import ran.', '',
  '| rows | entity | file MiB | seconds | rows/s | peak RSS MiB | load |',
  '|---:|---|---:|---:|---:|---:|---|',
  ...results.imports.map(r => `| ${r.size.toLocaleString('en')} | ${r.entity} | ${mib(r.bytes)} | ${f(r.seconds)} | ${f(r.rows_per_s, 0)} | ${r.peak_rss_mib} | ${r.load} |`),
  '', ...sizes.filter(n => results.imports.some(r => r.size === n && r.entity === 'contacts')).map(n => {
    const both = results.imports.filter(r => r.size === n);
    return `- ${n.toLocaleString('en')} customers with their contacts: **${f(both.reduce((s, r) => s + r.seconds, 0))} s** (target for 100,000: under 60 s).`;
  }), '',
  `## Export of every customer (\`GET /admin/customers/export?format=csv\`, ${scale.toLocaleString('en')} seeded)`, '',
  '| round | rows | MiB | seconds | rows/s | peak RSS MiB | load |', '|---:|---:|---:|---:|---:|---:|---|',
  ...results.exports.map((r, i) => `| ${i + 1} | ${r.rows.toLocaleString('en')} | ${mib(r.bytes)} | ${f(r.seconds)} | ${f(r.rows / r.seconds, 0)} | ${r.peak_rss_mib} | ${r.load} |`),
  '', 'Targets: under 30 s, RSS under 300 MB.', '',
  '## Bulk update of 1,000 ids (`POST /admin/customers/bulk`, each record through its own route\'s handler and audit)', '',
  '| round | records | seconds | peak RSS MiB | load |', '|---:|---:|---:|---:|---|',
  ...results.bulk.map((r, i) => `| ${i + 1} | ${r.rows} | ${f(r.seconds, 2)} | ${r.peak_rss_mib} | ${r.load} |`),
  '', 'Target: under 2 s.', '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/data-${scale}.md`), md);
return md;
}

console.log(report());
