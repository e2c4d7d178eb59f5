// Preloaded into s3rver (node --require): the test run holds our stdin open, so when it ends — however it ends,
// killed included — stdin closes and the server exits instead of outliving the run.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
