/**
 * Local Fulcio, Rekor and RFC 3161 TSA built from @sigstore/mock's handlers, each served over real
 * HTTP on 127.0.0.1 (random port), with the matching trust root. For tests and e2e runs only:
 * the mock Fulcio does not check the identity token's signature.
 */
import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import {
  SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE,
  TRUST_ROOT_MEDIA_TYPE,
  type CertificateIdentity,
  type TrustedRootJSON,
  type TrustRootDocument,
} from '../trust/root.js';

export interface MockSigstore {
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string;
  /** the identity `identityToken()` mints by default */
  identity: CertificateIdentity;
  /** CA, Rekor key, CT log key and TSA chain of these servers, expecting `identity` */
  trustRoot: TrustRootDocument;
  /** an OIDC-shaped JWT for `identity` (or another one) that the mock Fulcio certifies */
  identityToken(identity?: Partial<CertificateIdentity>): string;
  /** requests served so far, per service */
  requests: { fulcio: number; rekor: number; tsa: number };
  close(): Promise<void>;
}

export const MOCK_IDENTITY: CertificateIdentity = {
  subjectAlternativeName: 'https://registry.skillgate.test/signer',
  issuer: 'https://oidc.skillgate.test',
};

const MAX_BODY = 1 << 20;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serve(
  path: string,
  handler: () => HandlerFn | undefined,
  onRequest: () => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('not found');
      return;
    }
    onRequest();
    readBody(req)
      .then((body) => {
        const fn = handler();
        if (!fn) throw new Error('mock service not initialised');
        return fn(body);
      })
      .then(({ statusCode, response, contentType }) => {
        const bytes =
          typeof response === 'string'
            ? Buffer.from(response)
            : Buffer.from(response.buffer, response.byteOffset, response.byteLength);
        // No keep-alive: a client's pooled socket would otherwise meet ECONNRESET once the server's
        // idle timeout closed it between two signings far apart (tests run with retries: 0).
        res
          .writeHead(statusCode, {
            'content-type': contentType ?? 'text/plain',
            connection: 'close',
          })
          .end(bytes);
      })
      .catch((e: unknown) => {
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(e instanceof Error ? e.message : 'error');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

const b64url = (v: Buffer | string) => Buffer.from(v).toString('base64url');
const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/** Starts the three services; call `close()` when done. */
export async function startMockSigstore(
  options: { identity?: CertificateIdentity } = {},
): Promise<MockSigstore> {
  const identity = options.identity ?? MOCK_IDENTITY;
  const requests = { fulcio: 0, rekor: 0, tsa: 0 };
  let fulcioFn: HandlerFn | undefined;
  let rekorFn: HandlerFn | undefined;
  let tsaFn: HandlerFn | undefined;
  const fulcio = await serve(
    '/api/v2/signingCert',
    () => fulcioFn,
    () => (requests.fulcio += 1),
  );
  const rekor = await serve(
    '/api/v1/log/entries',
    () => rekorFn,
    () => (requests.rekor += 1),
  );
  const tsaClock = new Date();
  const tsa = await serve(
    '/api/v1/timestamp',
    () => tsaFn,
    () => {
      requests.tsa += 1;
      tsaClock.setTime(Math.floor(Date.now() / 1000) * 1000);
    },
  );
  const servers = [fulcio.server, rekor.server, tsa.server];
  const close = () =>
    Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(
      () => undefined,
    );

  try {
    const start = new Date(Date.now() - 60_000);
    const ctlog = await initializeCTLog(p256());
    const ca = await initializeCA(p256(), ctlog);
    const tlog = await initializeTLog(rekor.url, p256());
    // @sigstore/core only parses whole-second GeneralizedTime, and the mock TSA stamps milliseconds
    // unless given a clock; it reads the Date it is given on every request, so we move that Date
    // to the current whole second before each one (see the tsa server's handler below).
    const tsAuthority = await initializeTSA(p256(), tsaClock);
    fulcioFn = fulcioHandler(ca).fn;
    rekorFn = rekorHandler(tlog).fn;
    tsaFn = tsaHandler(tsAuthority).fn;

    const der = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    const logKey = (rawBytes: Buffer) => ({
      rawBytes,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor: { start, end: undefined },
    });
    const trustedRoot = TrustedRoot.toJSON({
      mediaType: SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE,
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: fulcio.url,
          certChain: { certificates: [{ rawBytes: der(ca.rootCertificate) }] },
          validFor: { start, end: undefined },
          operator: 'skillgate-test',
        },
      ],
      tlogs: [
        {
          baseUrl: rekor.url,
          hashAlgorithm: HashAlgorithm.SHA2_256,
          publicKey: logKey(tlog.publicKey),
          logId: { keyId: createHash('sha256').update(tlog.publicKey).digest() },
          checkpointKeyId: undefined,
          operator: 'skillgate-test',
        },
      ],
      ctlogs: [
        {
          baseUrl: 'https://ctfe.skillgate.test',
          hashAlgorithm: HashAlgorithm.SHA2_256,
          publicKey: logKey(ctlog.publicKey),
          logId: { keyId: der(ctlog.logID) },
          checkpointKeyId: undefined,
          operator: 'skillgate-test',
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: tsa.url,
          certChain: {
            certificates: [
              { rawBytes: der(tsAuthority.intCertificate) },
              { rawBytes: der(tsAuthority.rootCertificate) },
            ],
          },
          validFor: { start, end: undefined },
          operator: 'skillgate-test',
        },
      ],
    }) as TrustedRootJSON;

    const tokenKey = p256().privateKey;
    const identityToken = (id: Partial<CertificateIdentity> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }));
      const claims = b64url(
        JSON.stringify({
          iss: id.issuer ?? identity.issuer,
          sub: id.subjectAlternativeName ?? identity.subjectAlternativeName,
          aud: 'sigstore',
          iat: now,
          exp: now + 600,
        }),
      );
      const sig = cryptoSign('sha256', Buffer.from(`${header}.${claims}`), {
        key: tokenKey,
        dsaEncoding: 'ieee-p1363',
      });
      return `${header}.${claims}.${b64url(sig)}`;
    };

    return {
      fulcioURL: fulcio.url,
      rekorURL: rekor.url,
      tsaURL: tsa.url,
      identity,
      trustRoot: {
        mediaType: TRUST_ROOT_MEDIA_TYPE,
        trustedRoot,
        keys: [],
        identities: [identity],
      },
      identityToken,
      requests,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
