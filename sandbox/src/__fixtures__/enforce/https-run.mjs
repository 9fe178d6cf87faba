// Child process for enforce-https.test: needs NODE_EXTRA_CA_CERTS (the test CA) from its start, so
// sandbox-runtime's TLS-terminating proxy trusts the loopback HTTPS server upstream.
// argv: <dist index.js> <json options>
const [, , indexPath, json] = process.argv;
const { runSkill, shutdownEnforcer } = await import(indexPath);
const opts = JSON.parse(json);
let out = '';
const r = await runSkill({ ...opts, stdio: 'pipe', onStdout: (c) => (out += c.toString()), onStderr: (c) => process.stderr.write(c) });
await shutdownEnforcer();
process.stdout.write(JSON.stringify({ ...r, out }));
