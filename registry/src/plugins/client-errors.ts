/** Malformed HTTP that never becomes a request (bad framing, header overflow, timeouts) still gets a catalogue body. */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { RegistryError } from '../errors.js';

export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const e =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new RegistryError('REQUEST_TIMEOUT')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new RegistryError('HEADERS_TOO_LARGE')
        : new RegistryError('BAD_REQUEST', {
            detail: `malformed HTTP (${err.code ?? 'parse error'})`,
          });
  const body = JSON.stringify(e.toBody());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${e.statusCode} ${STATUS_CODES[e.statusCode] ?? ''}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
