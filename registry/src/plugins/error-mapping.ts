/** Maps anything thrown while handling a request to a catalogue error (pure). */
import { ajvErrorPath } from '@skillgate/format';
import type { FastifyError } from 'fastify';
import { RegistryError } from '../errors.js';
import { connectionLost } from '../store/pg-pool.js';

interface RequestInfo {
  id: string;
  contentType: string | undefined;
  bodyLimit: number | undefined;
}

function validationField(err: FastifyError): string | undefined {
  const first = err.validation?.[0];
  if (!first) return undefined;
  const ctx = err.validationContext ?? 'body';
  return `${ctx}${ajvErrorPath(first)}`;
}

export function toRegistryError(err: unknown, req: RequestInfo): RegistryError {
  if (err instanceof RegistryError) return err;
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  if (fe.validation) {
    const field = validationField(fe as FastifyError);
    return new RegistryError(
      'BAD_REQUEST',
      { detail: fe.message ?? 'validation failed' },
      { ...(field ? { field } : {}), cause: err },
    );
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RegistryError(
        'PAYLOAD_TOO_LARGE',
        { limit: req.bodyLimit ?? 'configured' },
        { cause: err },
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new RegistryError(
        'UNSUPPORTED_MEDIA_TYPE',
        { type: req.contentType ?? '(none)' },
        { cause: err },
      );
    default:
      break;
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 413)
    return new RegistryError(
      'PAYLOAD_TOO_LARGE',
      { limit: req.bodyLimit ?? 'configured' },
      { cause: err },
    );
  if (status === 415)
    return new RegistryError(
      'UNSUPPORTED_MEDIA_TYPE',
      { type: req.contentType ?? '(none)' },
      { cause: err },
    );
  if (status === 429)
    return new RegistryError('RATE_LIMITED', { retryAfter: 'a moment' }, { cause: err });
  if (status >= 400 && status < 500) {
    return new RegistryError(
      'BAD_REQUEST',
      { detail: fe.message ?? 'bad request' },
      { cause: err },
    );
  }
  // a database or socket connection was dropped or refused mid-request: the transaction did not
  // commit, so the client may simply retry
  const lost = connectionLost(err);
  if (lost) {
    const what = lost === 'database' ? 'the metadata database' : 'a backing service';
    return new RegistryError('SERVICE_UNAVAILABLE', { what }, { cause: err });
  }
  return new RegistryError('INTERNAL', { requestId: req.id }, { cause: err });
}
