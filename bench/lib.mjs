// What the benchmarks that start the published service share: the development cluster, a database seeded like
// make bench's (once per scale), the service as a process, and wrk with bench/wrk.lua. 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pgBin = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)).map(v => `/usr/lib/postgresql/${v}/bin`).pop();
const serverUrl = new URL(execFileSync(path.join(root, 'scripts/dev-db.sh')).toString().trim());
const pgEnv = { ...process.env, PGPASSWORD: decodeURIComponent(serverUrl.password) };

export const sql = (db, text) => execFileSync(`${pgBin}/psql`, ['-h', serverUrl.hostname, '-p', serverUrl.port, '-U', decodeURIComponent(serverUrl.username),
  '-d', db, '-v', 'ON_ERROR_STOP=1', '-tAc', text], { env: pgEnv, maxBuffer: 1 << 26 }).toString().trim();
export const databaseUrl = database => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
export const crmDll = path.join(root, '.build/api/crm.dll');

/** Publishes the Release build (ReadyToRun, as the image builds it) to .build/api. */
export function publish() {
  execFileSync(path.join(root, 'scripts/publish.sh'), { cwd: root, stdio: 'inherit' });
}

/** The crm CLI of the published build against a database. */
export const crm = (database, args, env = {}) => execFileSync('dotnet', [crmDll, ...args],
  { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl(database), ...env }, maxBuffer: 1 << 26 }).toString();

/**
 * crm_bench_<scale>, the database of make bench: seeded by bench/run.mjs as make bench seeds it (which also publishes the
 * Release build), else the build published here (NO_BUILD=1 keeps the last one). Not migrated: see benchDatabase.
 */
export function seededLikeMakeBench(scale, log) {
  const database = `crm_bench_${scale}`;
  if (sql('postgres', `SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '${database}'`) !== `seeded ${scale}`) {
    log(`seeding ${database} through bench/run.mjs`);
    execFileSync('node', [path.join(root, 'bench/run.mjs')], { stdio: 'inherit', env: { ...process.env, SCALE: String(scale), ONLY: '(seed only)' } });
  } else if (process.env.NO_BUILD !== '1') {
    log('building (Release, ReadyToRun)');
    publish();
  }
  return database;
}

/** crm_bench_<scale> seeded (seededLikeMakeBench) and migrated to this build's schema. */
export function benchDatabase(scale, log) {
  const database = seededLikeMakeBench(scale, log);
  crm(database, ['migrate', 'up']);
  return database;
}

/** Starts the published service on the port, ready when /ready answers 200; its log goes to .data/<logName>. */
export async function startService({ database, port, env = {}, logName }) {
  const out = fs.openSync(path.join(root, '.data', logName), 'w');
  const child = spawn('dotnet', [crmDll, 'serve'], {
    cwd: root, stdio: ['ignore', out, out],
    env: { ...process.env, DATABASE_URL: databaseUrl(database), PORT: String(port), ENVIRONMENT: 'Production', MIGRATE_ON_START: 'false', ...env },
  });
  for (let i = 0; i < 6000 && child.exitCode === null; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) return child; } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 10));
  }
  throw new Error(`the service did not become ready; see .data/${logName}`);
}
export const stopService = child => new Promise(r => { child.once('exit', r); child.kill('SIGTERM'); });

/** One wrk run of bench/wrk.lua against the port: requests/s, non-2xx, p50/p95/p99 in ms. */
export function wrk({ port, connections, threads, kind = 'fixed', path: target, token, min = 1, max = 1 }, duration) {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`, '--timeout', '30s',
      '-s', path.join(root, 'bench/wrk.lua'), `http://127.0.0.1:${port}`],
      { env: { ...process.env, BENCH_KIND: kind, BENCH_PATH: target, BENCH_TOKEN: token, BENCH_MIN: String(min), BENCH_MAX: String(max) } });
    let stdout = '';
    child.stdout.on('data', d => { stdout += d; });
    child.on('exit', () => {
      const line = /BENCH_JSON (.*)/.exec(stdout);
      if (!line) return reject(new Error(`wrk failed: ${stdout}`));
      const r = JSON.parse(line[1]);
      resolve({ requests: r.requests, rps: r.requests / (r.duration_us / 1e6), non2xx: r.errors_status, timeouts: r.errors_timeout,
        p50: r.p50_us / 1000, p95: r.p95_us / 1000, p99: r.p99_us / 1000 });
    });
  });
}

export const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
