/**
 * Bench: `skillgate run -- true` overhead. Median wall time of runSkill(['true']) in enforce mode
 * (with and without the syscall audit) against spawning `true` directly, measured in the same run.
 * Run: `node dist/bench/enforce.js [runs]` (default 30). Goal: overhead ≤ 200 ms.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SandboxManager } from '@anthropic-ai/sandbox-runtime';
import type { Manifest } from '@skillgate/format';
import { runSkill, shutdownEnforcer } from '../enforce/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function time(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export interface EnforceBenchResult {
  runs: number;
  directMs: number;
  enforceMs: number;
  enforceNoAuditMs: number;
  /** sandbox-runtime alone: wrap + run `true` with no filesystem policy (its floor) */
  srtFloorMs: number;
  overheadMs: number;
  ratio: number;
}

export async function benchEnforce(runs = 30): Promise<EnforceBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bench-enforce-'));
  const skillDir = path.join(root, 'skill');
  const workspace = path.join(root, 'ws');
  fs.mkdirSync(skillDir);
  fs.mkdirSync(workspace);
  const manifest: Manifest = {
    name: 'bench-true',
    version: '1.0.0',
    description: 'runs true',
    capabilities: {},
  };
  fs.writeFileSync(path.join(skillDir, 'skill.json'), JSON.stringify(manifest));
  fs.writeFileSync(
    path.join(skillDir, 'SKILL.md'),
    '---\nname: bench-true\ndescription: runs true\n---\n',
  );
  const opts = {
    skillDir,
    manifest,
    workspace,
    command: ['true'],
    env: { HOME: root },
    stdio: 'ignore' as const,
  };
  try {
    await runSkill(opts); // first run starts srt's proxies once per process; not counted
    const direct = await time(runs, () => spawnSync('true'));
    const enforce = await time(runs, async () => {
      const r = await runSkill(opts);
      if (r.exitCode !== 0) throw new Error(`true exited ${r.exitCode}`);
    });
    const noAudit = await time(runs, () => runSkill({ ...opts, audit: false }));
    // srt's own floor, on the session runSkill started (runs are sequential here)
    SandboxManager.updateConfig({
      network: { allowedDomains: [], deniedDomains: [] },
      filesystem: { denyRead: [], allowWrite: [], denyWrite: [] },
    });
    const floor = await time(runs, async () => {
      const w = await SandboxManager.wrapWithSandboxArgv(
        'true',
        undefined,
        undefined,
        undefined,
        workspace,
      );
      spawnSync(w.argv[0] as string, w.argv.slice(1), { cwd: workspace, stdio: 'ignore' });
      SandboxManager.cleanupAfterCommand();
    });
    const directMs = median(direct);
    const enforceMs = median(enforce);
    return {
      runs,
      directMs,
      enforceMs,
      enforceNoAuditMs: median(noAudit),
      srtFloorMs: median(floor),
      overheadMs: enforceMs - directMs,
      ratio: enforceMs / directMs,
    };
  } finally {
    await shutdownEnforcer();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function printEnforceBench(r: EnforceBenchResult): void {
  const f = (x: number) => x.toFixed(1);
  console.log(`enforce: skillgate run -- true (median of ${r.runs})`);
  console.log(`  true directly        ${f(r.directMs)} ms`);
  console.log(
    `  enforce (audited)    ${f(r.enforceMs)} ms   ratio ${f(r.ratio)}x   overhead ${f(r.overheadMs)} ms (goal ≤ 200)`,
  );
  console.log(
    `  enforce (no audit)   ${f(r.enforceNoAuditMs)} ms   overhead ${f(r.enforceNoAuditMs - r.directMs)} ms`,
  );
  console.log(
    `  srt alone (floor)    ${f(r.srtFloorMs)} ms   (sandbox-runtime wrap + bwrap, no fs policy)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printEnforceBench(await benchEnforce(Number(process.argv[2] ?? 30)));
}
