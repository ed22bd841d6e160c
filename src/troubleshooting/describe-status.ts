// Status codes and socket error codes in words, for the "what happened" facts of a card.

const reasonPhrases: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "401 Unauthorized"; just the number for a status without a well-known name. */
export function describeStatus(status: number): string {
  const phrase = reasonPhrases[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

const socketErrorWords: Record<string, string> = {
  ENOTFOUND: 'the host name was not found (DNS)',
  EAI_AGAIN: 'the host name could not be looked up just now (DNS)',
  ECONNREFUSED: 'the host refused the connection',
  ECONNRESET: 'the connection was cut off',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'there is no route to the host',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: "the host's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the host's TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: 'a self-signed certificate is in the chain (often a company proxy)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the host's TLS certificate could not be verified",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the TLS certificate's issuer is not trusted on this machine",
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate is for a different host name',
};

/** "ECONNREFUSED: the host refused the connection"; the bare code when it has no known meaning. */
export function describeErrorCode(code: string): string {
  const words = socketErrorWords[code];
  return words ? `${code}: ${words}` : code;
}
