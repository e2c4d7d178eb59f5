// Verifies one delivery with the standardwebhooks package: reads {secret, headers, body, now} as JSON on stdin,
// prints "verified" and exits 0, or prints the package's error and exits 1. `now` (Unix seconds) is the clock of
// the service under test, which tests move: the package checks the timestamp against it (5 minutes' tolerance).
import { Webhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { secret, headers, body, now } = JSON.parse(input);
Date.now = () => now * 1000;
try {
  new Webhook(secret).verify(body, headers);
  console.log("verified");
} catch (e) {
  console.log(`refused: ${e.message}`);
  process.exit(1);
}
