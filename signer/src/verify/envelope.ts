/** Bundle JSON -> checked Sigstore bundle and the in-toto Statement inside its DSSE envelope. */
import {
  bundleFromJSON,
  isBundleWithDsseEnvelope,
  type BundleWithDsseEnvelope,
} from '@sigstore/bundle';
import { SignerError, describe } from '../errors.js';
import { PAYLOAD_TYPE } from '../statement/schema.js';
import { statementProblems } from '../statement/validate.js';
import { canonicalDigest } from '../trust/fingerprint.js';

export interface ParsedBundle {
  bundle: BundleWithDsseEnvelope;
  /** the statement as signed (only its frame is checked here) */
  statement: {
    subject: [{ name: string; digest: { sha256: string; sha512: string } }];
    predicate: unknown;
  };
  bundleDigest: string;
}

const malformed = (what: string, cause?: unknown): SignerError =>
  new SignerError(
    'BUNDLE_MALFORMED',
    `bundle: ${what}`,
    cause === undefined ? undefined : { cause },
  );

/** Far above any real bundle (a few KiB); refuses to parse anything bigger. */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

function toJSONValue(input: unknown): unknown {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return input;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_BUNDLE_BYTES)
    throw malformed(`${size} bytes is larger than the ${MAX_BUNDLE_BYTES} allowed`);
  try {
    return JSON.parse(typeof input === 'string' ? input : Buffer.from(input).toString('utf8'));
  } catch (e) {
    throw malformed('not JSON', e);
  }
}

/** `sha256:<hex>` of a bundle's canonical JSON (whitespace and key order do not matter). */
export function bundleDigest(input: unknown): string {
  try {
    return `sha256:${canonicalDigest(toJSONValue(input))}`;
  } catch (e) {
    throw e instanceof SignerError ? e : malformed('has no canonical JSON form', e);
  }
}

export function parseBundle(input: unknown): ParsedBundle {
  const json = toJSONValue(input);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw malformed('not a JSON object');
  const digest = bundleDigest(json);
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    throw malformed(`not a Sigstore bundle: ${describe(e)}`, e);
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw malformed('content is not a DSSE envelope');
  const env = bundle.content.dsseEnvelope;
  if (env.payloadType !== PAYLOAD_TYPE)
    throw malformed(`payloadType is ${JSON.stringify(env.payloadType)}, not ${PAYLOAD_TYPE}`);
  if (env.signatures.length !== 1)
    throw malformed(`envelope has ${env.signatures.length} signatures, expected 1`);
  let statement: unknown;
  try {
    statement = JSON.parse(env.payload.toString('utf8'));
  } catch (e) {
    throw malformed('payload is not JSON', e);
  }
  const problems = statementProblems(statement);
  if (problems.length > 0)
    throw malformed(`payload is not a skillgate in-toto statement: ${problems.join('; ')}`);
  return { bundle, statement: statement as ParsedBundle['statement'], bundleDigest: digest };
}
