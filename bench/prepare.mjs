// make bench-prepare SCALE=100000: what auto-preparation is worth (issue 17: "measure the cost of Max Auto Prepare=0
// against today's figures"). Two instances of the published service on crm_bench_<scale>, one with today's setting
// (DB_MAX_AUTO_PREPARE=100: statements used twice on a connection are prepared), one with DB_MAX_AUTO_PREPARE=0, loaded in
// alternating rounds (16 connections, DURATION s each after a warm-up) so that the machine's other load falls on both.
// Writes bench/results/prepare-<scale>.md and .json.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase, crm, median, root, sql, startService, stopService, wrk } from './lib.mjs';

const scale = Number(process.env.SCALE ?? 100000);
const seconds = Number(process.env.DURATION ?? 10);
const rounds = Number(process.env.ROUNDS ?? 3);
const log = (...args) => console.error('bench-prepare:', ...args);

const database = benchDatabase(scale, log);
const [minCustomer, maxCustomer, live] = sql(database, 'SELECT min(id), max(id), count(*) FROM customers WHERE deleted_at IS NULL').split('|').map(Number);
const deepPage = Math.min(5000, Math.floor(live / 20));
const [cursorAt, cursorId] = sql(database, `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), id FROM customers
  WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET ${(deepPage - 1) * 20 - 1} LIMIT 1`).split('|');
const cursor = Buffer.from(JSON.stringify({ s: 'created_at', o: 'desc', v: cursorAt, id: Number(cursorId) })).toString('base64url');
const secret = randomBytes(32).toString('hex');
const token = (role, id) => crm(database, ['token', '--role', role, '--user-id', String(id), '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const admin = token('admin', 1), agent = token('agent', 7);

const scenarios = [
  { name: 'customer detail', kind: 'detail', path: '/admin/customers/%d', min: minCustomer, max: maxCustomer, token: admin },
  { name: 'customers list page 1', path: '/admin/customers', token: admin },
  { name: `page ${deepPage} cursor`, path: `/admin/customers?cursor=${cursor}`, token: admin },
  { name: 'my activities', path: '/admin/me/activities', token: agent },
  { name: 'create customer', kind: 'create', path: '/admin/customers', token: admin },
];
const settings = [{ label: 'DB_MAX_AUTO_PREPARE=100 (default)', value: '100', port: 3991 }, { label: 'DB_MAX_AUTO_PREPARE=0', value: '0', port: 3992 }];
const common = { JWT_SECRET: secret, RATE_LIMIT_PER_MINUTE: '1000000', MAX_CONCURRENT_REQUESTS_PER_USER: '1000' };
const services = [];
for (const s of settings)
  services.push(await startService({ database, port: s.port, env: { ...common, DB_MAX_AUTO_PREPARE: s.value }, logName: `bench-prepare-${s.value}.log` }));

const rows = [];
try {
  for (const scenario of scenarios) {
    for (const s of settings) await wrk({ port: s.port, connections: 16, threads: 2, ...scenario }, 3); // warm: pool open, plans made
    for (let round = 1; round <= rounds; round++) {
      for (const s of round % 2 ? settings : [...settings].reverse()) {
        const run = await wrk({ port: s.port, connections: 16, threads: 2, ...scenario }, seconds);
        const row = { scenario: scenario.name, setting: s.label, round, load: os.loadavg()[0], ...run };
        rows.push(row);
        log(JSON.stringify(row));
      }
    }
  }
} finally {
  await Promise.all(services.map(stopService));
}

const summary = scenarios.map(scenario => {
  const of = s => rows.filter(r => r.scenario === scenario.name && r.setting === s.label);
  const [on, off] = settings.map(s => ({ rps: median(of(s).map(r => r.rps)), p50: median(of(s).map(r => r.p50)), p99: median(of(s).map(r => r.p99)) }));
  return { scenario: scenario.name, on, off, rps_ratio: off.rps / on.rps };
});
const result = { scale, date: new Date().toISOString(), duration_s: seconds, rounds, cores: os.cpus().length, summary, rows };
fs.writeFileSync(path.join(root, `bench/results/prepare-${scale}.json`), JSON.stringify(result, null, 2) + '\n');
const f = n => n.toFixed(1);
const md = [
  `# Auto-preparation on and off, ${scale.toLocaleString('en')} customers`, '',
  `${result.date} · 16 connections · ${rounds} alternating rounds of ${seconds} s per scenario (medians) · ${result.cores} cores shared with PostgreSQL, wrk and other work (load average per round in the .json: ${f(Math.min(...rows.map(r => r.load)))}-${f(Math.max(...rows.map(r => r.load)))}).`, '',
  '| scenario | prepared (100): req/s, p50 / p99 ms | unprepared (0): req/s, p50 / p99 ms | unprepared / prepared req/s |',
  '|---|---|---|---:|',
  ...summary.map(s => `| ${s.scenario} | ${f(s.on.rps)}, ${f(s.on.p50)} / ${f(s.on.p99)} | ${f(s.off.rps)}, ${f(s.off.p50)} / ${f(s.off.p99)} | **${s.rps_ratio.toFixed(2)}** |`),
  '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/prepare-${scale}.md`), md);
console.log(md);
