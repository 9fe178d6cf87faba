/** The signing port and the one place a Statement becomes a Sigstore bundle. */
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, type Signer as SigstoreSigner, type Witness } from '@sigstore/sign';
import { SignerError, describe } from './errors.js';
import { PAYLOAD_TYPE, type Statement } from './statement/schema.js';

export type { SerializedBundle };

/** Port: turns a Statement into a Sigstore bundle (v0.3, DSSE). Key and keyless adapters implement it. */
export interface Signer {
  sign(statement: Statement): Promise<SerializedBundle>;
}

/** The exact bytes signed: the statement's JSON. */
export function statementPayload(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/** DSSE-sign a statement with a @sigstore/sign signer and witnesses (Rekor, TSA). Throws SIGNING_FAILED. */
export async function bundleStatement(
  statement: Statement,
  signer: SigstoreSigner,
  witnesses: Witness[],
): Promise<SerializedBundle> {
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  try {
    const bundle = await builder.create({ data: statementPayload(statement), type: PAYLOAD_TYPE });
    return bundleToJSON(bundle);
  } catch (e) {
    if (e instanceof SignerError) throw e;
    throw new SignerError(
      'SIGNING_FAILED',
      `signing ${statement.subject[0].name} failed: ${describe(e)}`,
      {
        cause: e,
      },
    );
  }
}
