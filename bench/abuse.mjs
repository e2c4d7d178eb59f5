// make bench-abuse SCALE=10000: can one user's expensive requests move another user's p95? (issue 17: "no more than 2x")
// Seeds crm_bench_<scale> like make bench (once), starts the published service and measures an innocent agent's p95
// (paced, 5 requests a second: list page 1 and customer detail) alone, then while one abusive manager sends expensive reads as
// fast as 32 connections go (deals sorted by stage at random deep pages, customer searches at random deep pages).
// Alternating rounds (alone, abused, ...) so that the neighbours' load on a shared machine falls on both sides; twice:
// with the default per-user limits, and with them lifted (the figure the limits are meant to change).
// Writes bench/results/abuse-<scale>.md and .json. The overview is left out: its cost is the performance issue's.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase, crm, median, root, sql, startService as start, stopService, wrk as wrkAt } from './lib.mjs';

const scale = Number(process.env.SCALE ?? 10000);
const seconds = Number(process.env.DURATION ?? 20);
const rounds = Number(process.env.ROUNDS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 3988);
const base = `http://127.0.0.1:${port}`;
const log = (...args) => console.error('bench-abuse:', ...args);

const database = benchDatabase(scale, log);
const customers = sql(database, 'SELECT min(id), max(id), count(*) FROM customers WHERE deleted_at IS NULL').split('|').map(Number);
const deals = Number(sql(database, 'SELECT count(*) FROM deals WHERE deleted_at IS NULL'));
const secret = randomBytes(32).toString('hex');
const token = (role, id) => crm(database, ['token', '--role', role, '--user-id', String(id), '--ttl', '3h'], { JWT_SECRET: secret }).trim();
const victim = token('agent', 7), abuser = token('manager', 99);

const startService = env => start({ database, port, env: { JWT_SECRET: secret, ...env }, logName: 'bench-abuse-service.log' });
const wrk = (scenario, duration) => wrkAt({ port, ...scenario }, duration);

// The innocent agent is paced like a person at a busy screen (one request every 200 ms: 300 a minute, half its
// RATE_LIMIT_PER_MINUTE), alternating list page 1 and a random customer's detail; its own latencies, measured here.
async function innocent(duration) {
  const latencies = [];
  let failed = 0;
  const until = performance.now() + duration * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const next = performance.now() + 200;
    const target = i % 2 ? `/admin/customers/${customers[0] + Math.floor(Math.random() * (customers[1] - customers[0] + 1))}` : '/admin/customers';
    const started = performance.now();
    const response = await fetch(base + target, { headers: { Authorization: `Bearer ${victim}` } });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (response.status !== 200) failed++;
    await new Promise(r => setTimeout(r, Math.max(0, next - performance.now())));
  }
  latencies.sort((a, b) => a - b);
  const at = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / duration, non2xx: failed, p50: at(0.5), p95: at(0.95) };
}
const abusive = [
  { connections: 16, threads: 1, kind: 'detail', path: '/admin/deals?sort_by=stage&page=%d', token: abuser, min: 1, max: Math.max(1, Math.floor(deals / 20)) },
  { connections: 16, threads: 1, kind: 'detail', path: '/admin/customers?search=an&page=%d', token: abuser, min: 1, max: Math.max(1, Math.floor(customers[2] / 200)) },
];

async function measure(label, env) {
  const child = await startService(env);
  const rows = [];
  try {
    log(`${label}: warm-up`);
    await Promise.all([innocent(10), ...abusive.map(w => wrk(w, 10))]);
    for (let round = 1; round <= rounds; round++) {
      for (const abused of [false, true]) {
        const [victimRun, ...abuserRuns] = await Promise.all([innocent(seconds), ...(abused ? abusive : []).map(w => wrk(w, seconds))]);
        const row = {
          round, abused, load: os.loadavg()[0], victim: victimRun,
          abuser: abused ? { rps: abuserRuns.reduce((s, r) => s + r.rps, 0), non2xx: abuserRuns.reduce((s, r) => s + r.non2xx, 0), p95: Math.max(...abuserRuns.map(r => r.p95)) } : null,
        };
        rows.push(row);
        log(label, JSON.stringify(row));
      }
    }
  } finally {
    await stopService(child);
  }
  const alone = median(rows.filter(r => !r.abused).map(r => r.victim.p95)), abused = median(rows.filter(r => r.abused).map(r => r.victim.p95));
  return { label, env, rows, alone_p95: alone, abused_p95: abused, ratio: abused / alone };
}

const results = [
  await measure('default limits (600/min, 8 at once per user)', {}),
  await measure('limits lifted', { RATE_LIMIT_PER_MINUTE: '1000000', MAX_CONCURRENT_REQUESTS_PER_USER: '1000' }),
];
const summary = { scale, date: new Date().toISOString(), duration_s: seconds, rounds, cores: os.cpus().length, results };
fs.writeFileSync(path.join(root, `bench/results/abuse-${scale}.json`), JSON.stringify(summary, null, 2) + '\n');
const f = n => n.toFixed(1);
const md = [
  `# One abusive user against another user's p95, ${scale.toLocaleString('en')} customers`, '',
  `${summary.date} · ${rounds} alternating rounds of ${seconds} s · ${summary.cores} cores shared with the service, PostgreSQL, wrk and other work (load average in each row).`,
  'Innocent agent: one request every 200 ms (customers page 1 and a random customer\'s detail, alternately). Abusive manager: 32 connections as fast as',
  'they go (deals sorted by stage at random deep pages, customer search "an" at random deep pages). The median of the rounds\' victim p95 is compared.', '',
  '| limits | victim p95 alone (ms) | victim p95 abused (ms) | ratio | abuser requests/s | abuser refused (429) |',
  '|---|---:|---:|---:|---:|---:|',
  ...results.map(r => {
    const abusedRows = r.rows.filter(x => x.abused);
    const rps = abusedRows.reduce((s, x) => s + x.abuser.rps, 0) / abusedRows.length, refused = abusedRows.reduce((s, x) => s + x.abuser.non2xx, 0);
    return `| ${r.label} | ${f(r.alone_p95)} | ${f(r.abused_p95)} | **${r.ratio.toFixed(2)}×** | ${f(rps)} | ${refused} |`;
  }),
  '', '| limits | round | abused | load | victim p50 / p95 ms | victim req/s | abuser req/s (non-2xx) |', '|---|---:|---|---:|---|---:|---|',
  ...results.flatMap(r => r.rows.map(x => `| ${r.label} | ${x.round} | ${x.abused ? 'yes' : 'no'} | ${f(x.load)} | ${f(x.victim.p50)} / ${f(x.victim.p95)} | ${f(x.victim.rps)} | ${x.abuser ? `${f(x.abuser.rps)} (${x.abuser.non2xx})` : '–'} |`)),
  '',
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/abuse-${scale}.md`), md);
console.log(md);
