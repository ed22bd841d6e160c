// What a server writes outside any request handler: Node's own answers to requests it could not parse
// (400, 408, 431) and to CONNECT. Node writes those bare; here they carry the same security headers as
// every other answer, or the connection is closed without one.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { securityHeaders } from './security-headers.ts';

const STATUS_BY_CODE: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  ERR_HTTP_HEADERS_TIMEOUT: '408 Request Timeout',
};

/** A whole HTTP/1.1 answer as bytes, with the security headers, closing the connection. */
export function rawAnswer(status: string, extra: Record<string, string> = {}): string {
  const headers = { ...securityHeaders, ...extra, connection: 'close', 'content-length': '0' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status}\r\n${lines.join('\r\n')}\r\n\r\n`;
}

type SocketWithMessage = Duplex & { _httpMessage?: { headersSent?: boolean } | null };

/** Installs the answers; `answerConnect`: false leaves CONNECT to a handler the caller already has. */
export function hardenHttpServer(server: Server, options: { answerConnect?: boolean } = {}): void {
  // Vite installs its own handler, which writes the same answers without the headers: this one replaces it.
  server.removeAllListeners('clientError');
  server.on('clientError', (error: NodeJS.ErrnoException, socket: SocketWithMessage) => {
    // A response already under way (or a socket gone) cannot take another one: just close it.
    const busy = socket._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || busy) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(STATUS_BY_CODE[error.code ?? ''] ?? '400 Bad Request'));
  });
  if (options.answerConnect !== false) {
    // CONNECT asks us to be a tunnel; say no and hang up.
    server.on('connect', (_req, socket: Duplex) => {
      socket.end(rawAnswer('405 Method Not Allowed', { allow: 'GET, HEAD, POST' }));
    });
  }
}
