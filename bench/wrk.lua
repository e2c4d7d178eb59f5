-- One wrk scenario, configured by the environment (see bench/run.mjs):
--   BENCH_KIND   fixed | detail | create | stage | graphql
--   BENCH_PATH   the path; for detail/stage a format string with one %d (a random id in BENCH_MIN..BENCH_MAX)
--   BENCH_TOKEN  the bearer token
--   BENCH_BODY   graphql: the POST body, a format string with one %d (a random id) when BENCH_MIN < BENCH_MAX
local kind = os.getenv("BENCH_KIND") or "fixed"
local body = os.getenv("BENCH_BODY")
local path = os.getenv("BENCH_PATH")
local lo = tonumber(os.getenv("BENCH_MIN") or "1")
local hi = tonumber(os.getenv("BENCH_MAX") or "1")
local stages = { "prospecting", "qualification", "proposal", "negotiation" }
local started = os.time()
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  math.randomseed(started * 100 + (tid or 0))
end

function request()
  if kind == "detail" then
    return wrk.format("GET", string.format(path, math.random(lo, hi)), headers)
  elseif kind == "graphql" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, lo < hi and string.format(body, math.random(lo, hi)) or body)
  elseif kind == "create" then
    counter = counter + 1
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, string.format(
      '{"name":"Bench Customer %d","email":"bench.%d.%d.%d@example.com","company":"Bench Co","status":"lead"}',
      counter, started, tid or 0, counter))
  elseif kind == "stage" then
    -- Each thread walks its own deals in turn: two in-flight PATCHes of one deal would race, and the loser's rerun
    -- (the service retries a write without If-Match that lost) would measure the race rather than the PATCH.
    counter = counter + 1
    headers["Content-Type"] = "application/json"
    local id = lo + ((counter * 2 + (tid or 1) - 1) % (hi - lo + 1))
    return wrk.format("PATCH", string.format(path, id), headers,
      string.format('{"stage":"%s"}', stages[math.random(#stages)]))
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
