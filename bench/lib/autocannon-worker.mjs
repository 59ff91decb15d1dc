// Runs one autocannon load in its own process (so the load generator does not share the server's event loop) and
// prints the result as JSON on stdout. Options come as one JSON argument.
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2] ?? '{}');
const result = await autocannon({
  url: opts.url,
  connections: opts.connections,
  duration: opts.duration,
  timeout: opts.timeout,
  headers: opts.headers,
});
process.stdout.write(JSON.stringify(result));
