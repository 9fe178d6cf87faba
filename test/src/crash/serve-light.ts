/**
 * A `serve` stand-in for crash tests: startServer on the data dir given as argv[2], with a scanning
 * stage that takes a while (so that kills land mid-pipeline too), printing the same
 * "listening on <url>" line as `skillgate serve`. Loads in a fraction of the CLI's start-up time.
 */
import { startServer, type PipelineStage } from '@skillgate/registry';

const home = process.argv[2];
if (!home) throw new Error('usage: serve-light <home>');

const slowScan: PipelineStage = {
  name: 'slow-scan',
  state: 'scanning',
  async run(ctx) {
    await ctx.unpack();
    await new Promise((r) => setTimeout(r, 150));
    return { ok: true, verdict: 'pass', report: { findings: [] } };
  },
};

const server = await startServer({
  home,
  port: 0,
  logger: false,
  rateLimit: false,
  stages: [slowScan],
});
console.log(`skillgate registry listening on ${server.url} (data in ${server.paths.home})`);
