import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { digestsOf, readSkillPackage, readTarball } from '@skillgate/format';
import { pipelineStages } from '../app.js';
import { InProcessRunner } from '../pipeline/runner.js';
import { canMove } from '../pipeline/states.js';
import type { PipelineStage, StageContext } from '../pipeline/types.js';
import { FsBlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import { openSqliteStore } from '../store/open.js';
import { skillTarball, tempDir } from './helpers.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('InProcessRunner', () => {
  let store: MetadataStore;
  let blobs: FsBlobStore;
  let cleanup: () => Promise<void>;
  before(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    store = await openSqliteStore(path.join(t.dir, 'registry.db'));
    blobs = new FsBlobStore(path.join(t.dir, 'blobs'));
    await store.ensureUser('alice');
  });
  after(async () => {
    await store.close();
    await cleanup();
  });

  async function upload(name: string) {
    const tgz = skillTarball({ name });
    await blobs.put(tgz);
    const { manifest } = readSkillPackage(await readTarball(tgz));
    const r = await store.recordUpload({
      name,
      version: '1.0.0',
      manifest,
      digests: digestsOf(tgz),
      size: tgz.length,
      skillMd: '',
      publisher: 'alice',
    });
    assert.ok(r.ok);
    return r.version.id;
  }

  it('refuses stages out of pipeline order or with duplicate names', () => {
    const s = (name: string, state: PipelineStage['state']): PipelineStage => ({
      name,
      state,
      run: () => Promise.resolve({ ok: true }),
    });
    assert.throws(
      () =>
        new InProcessRunner({
          store,
          blobs,
          log: quiet,
          stages: pipelineStages([s('sign', 'signing'), s('scan', 'scanning')]),
        }),
      /comes after/,
    );
    assert.throws(
      () =>
        new InProcessRunner({
          store,
          blobs,
          log: quiet,
          stages: pipelineStages([s('validate', 'scanning')]),
        }),
      /used twice/,
    );
  });

  it('a run resumed in signing skips the stages before and hands the stored verdict and report on', async () => {
    const id = await upload('resumed-skill');
    await store.transition(id, { to: 'validating', stage: 'validate', from: ['received'] });
    await store.transition(id, { to: 'scanning', stage: 'scan', from: ['validating'] });
    await store.transition(id, {
      to: 'signing',
      stage: 'sign',
      from: ['scanning'],
      set: { verdict: 'pass', report: { n: 1 } },
    });
    const ran: string[] = [];
    let seen: Pick<StageContext, 'verdict' | 'report'> | undefined;
    const scan: PipelineStage = {
      name: 'scan',
      state: 'scanning',
      run: () => (ran.push('scan'), Promise.resolve({ ok: true })),
    };
    const sign: PipelineStage = {
      name: 'sign',
      state: 'signing',
      run: (ctx) => {
        ran.push('sign');
        seen = { verdict: ctx.verdict, report: ctx.report };
        return Promise.resolve({ ok: true, bundle: Buffer.from('{"bundle":1}') });
      },
    };
    const runner = new InProcessRunner({
      store,
      blobs,
      log: quiet,
      stages: pipelineStages([scan, sign]),
    });
    assert.equal(await runner.resumeUnfinished(), 1);
    await runner.idle();
    assert.deepEqual(ran, ['sign']);
    assert.deepEqual(seen, { verdict: 'pass', report: { n: 1 } });
    const v = await store.getVersionById(id);
    assert.equal(v?.state, 'published');
    assert.ok(v?.bundleDigest && (await blobs.get(v.bundleDigest))?.toString() === '{"bundle":1}');
    assert.deepEqual(
      (await store.history(id)).map((h) => h.state),
      ['received', 'validating', 'scanning', 'signing', 'signing', 'published'],
    );
  });

  it('does not touch a version someone else moved meanwhile', async () => {
    const id = await upload('moved-skill');
    const slow: PipelineStage = {
      name: 'slow-scan',
      state: 'scanning',
      run: async () => {
        // a moderator (or another worker) rejects it while the stage runs
        await store.transition(id, {
          to: 'rejected',
          stage: 'moderation',
          reason: 'taken down',
          from: ['scanning'],
        });
        return { ok: true, verdict: 'pass' };
      },
    };
    const runner = new InProcessRunner({
      store,
      blobs,
      log: quiet,
      stages: pipelineStages([slow]),
    });
    runner.enqueue(id);
    await runner.idle();
    const v = await store.getVersionById(id);
    assert.equal(v?.state, 'rejected');
    assert.equal(v?.reason, 'taken down');
  });

  it('a missing tarball rejects the version with a reason', async () => {
    const id = await upload('lost-skill');
    const v = await store.getVersionById(id);
    assert.ok(v);
    await blobs.delete(v.digests.sha256);
    const runner = new InProcessRunner({ store, blobs, log: quiet, stages: pipelineStages() });
    runner.enqueue(id);
    await runner.idle();
    const after = await store.getVersionById(id);
    assert.equal(after?.state, 'rejected');
    assert.match(after?.reason ?? '', /missing from the blob store/);
  });

  it('the state machine has no way out of published or rejected', () => {
    for (const to of [
      'received',
      'validating',
      'scanning',
      'signing',
      'review',
      'published',
      'rejected',
    ] as const) {
      assert.equal(canMove('published', to), false);
      assert.equal(canMove('rejected', to), false);
    }
    assert.equal(
      canMove('received', 'published'),
      false,
      'nothing is published without validation',
    );
  });
});
