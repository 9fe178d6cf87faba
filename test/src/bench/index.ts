/**
 * `npm run bench -w @skillgate/test`: mixed load (downloads, searches, publishes) against
 * `startServer` on 127.0.0.1 for LOAD_SECONDS (default 10) with LOAD_CONNECTIONS (default 16),
 * then the write audit. Exits 1 on lost or duplicated writes or any 5xx.
 */
import { formatReport, runMixedLoad } from '../load/mixed.js';

const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 16);
console.log(`load: ${seconds} s, ${connections} connections, mixed download/search/skill/publish`);
const r = await runMixedLoad({ seconds, connections });
console.log(formatReport(r));
const a = r.audit;
const bad =
  a.lost.length + a.duplicated.length + a.unexpected.length + a.badBlobs.length + a.notFinal.length;
process.exitCode = bad > 0 || r.serverErrors > 0 ? 1 : 0;
