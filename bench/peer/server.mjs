// The benchmark's peer: PostGraphile 4 (its library mode with its own HTTP server) over the benchmark database, read
// only, on 127.0.0.1. Started by bench/run.mjs: node bench/peer/server.mjs <database url>; prints the port it took.
// Options are PostGraphile's production ones (no GraphiQL, no query log, no schema watching); mutations are left out
// because the benchmark only reads.
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const [url] = process.argv.slice(2);
// As many connections as wrk opens: the service's pool is not the limit either.
const pool = new pg.Pool({ connectionString: url, max: 16 });
const middleware = postgraphile(pool, 'public', {
  graphiql: false, disableQueryLog: true, watchPg: false, retryOnInitFail: false, disableDefaultMutations: true,
  setofFunctionsContainNulls: false, ignoreRBAC: true, dynamicJson: true, extendedErrors: [],
});
const server = http.createServer(middleware).listen(0, '127.0.0.1', () => console.log(`PEER_PORT ${server.address().port}`));
