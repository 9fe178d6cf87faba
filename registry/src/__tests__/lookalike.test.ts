import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameSkeleton } from '../publish/lookalike.js';

describe('nameSkeleton', () => {
  it('maps the ASCII confusables that survive lowercase', () => {
    for (const n of ['he11o-skill', 'hell0-skill', 'hello-ski1l', 'hello-skil1', 'hello-skill']) {
      assert.equal(nameSkeleton(n), 'hello-skill', n);
    }
    assert.equal(nameSkeleton('rnodern-vvord-clean'), nameSkeleton('modem-word-dean'));
  });

  it('keeps names that read differently apart', () => {
    assert.notEqual(nameSkeleton('hello-skill'), nameSkeleton('hello-skills'));
    assert.notEqual(nameSkeleton('pdf-tools'), nameSkeleton('pdftools'));
    assert.notEqual(nameSkeleton('web-2'), nameSkeleton('web-z'));
  });
});
