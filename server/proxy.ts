// The proxy: three exact routes on the app's own origin, forwarded to the MONAI API through one pooled
// connection, with headers and bodies rebuilt from scratch. Stateless apart from the login rate counter.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  SERVER_TIMING_HEADER,
  upstreamPaths,
  type ConfigResponse,
  type ProxyErrorKind,
} from '../src/api/contract.ts';
import { checkKey } from '../src/secrets/key-checks.ts';
import { keyFingerprint } from '../src/secrets/mask.ts';
import { clientAddress, isAllowedHostHeader, isFromThisMachine } from './client-address.ts';
import type { ServerEnv } from './env.ts';
import { isSameOriginRequest } from './origin-check.ts';
import { createAnswerWriter, isJsonContentType, readRequestBody } from './proxy-exchange.ts';
import { matchProxyRoute, type ProxyRoute } from './proxy-routes.ts';
import { createRateLimiter } from './rate-limit.ts';
import { stdoutLogger, type ProxyLogEntry, type ProxyLogger } from './request-log.ts';
import { createUpstreamClient, type UpstreamRequest, type UpstreamResult } from './upstream-client.ts';

export type ProxyOptions = Pick<ServerEnv, 'hostUrl' | 'apiKey' | 'timeoutMs' | 'loginRateLimit'> &
  Partial<Pick<ServerEnv, 'allowedHosts' | 'trustProxyHops'>> & {
    log?: ProxyLogger;
    maxUpstreamBodyBytes?: number;
    /** Sent with every answer of the proxy: npm start's security headers. */
    answerHeaders?: Record<string, string>;
  };

export interface Proxy {
  /** Answers /proxy/… requests; resolves false for anything else, which the caller serves. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export const MAX_REQUEST_BODY_BYTES = 16 * 1024;
const UPSTREAM_HEADERS = { accept: 'application/json', 'user-agent': 'credentials-notebook-proxy' };

type Outcome = Pick<ProxyLogEntry, 'upstreamStatus' | 'proxyError' | 'code'>;
type Route = (req: IncomingMessage, res: ServerResponse) => Promise<Outcome>;

export function createProxy(options: ProxyOptions): Proxy {
  const { hostUrl, apiKey, timeoutMs, log = stdoutLogger, allowedHosts = [], trustProxyHops = 0 } = options;
  const upstream = createUpstreamClient({ hostUrl, timeoutMs, maxBodyBytes: options.maxUpstreamBodyBytes });
  const limiter = options.loginRateLimit ? createRateLimiter(options.loginRateLimit) : null;
  const keyCheck = apiKey === undefined ? undefined : checkKey(apiKey);
  const write = createAnswerWriter(options.answerHeaders);

  const refuse = (
    res: ServerResponse,
    kind: ProxyErrorKind,
    message: string,
    extra?: { code?: string; headers?: Record<string, string> },
  ): Outcome => {
    write.error(res, kind, message, extra);
    return { proxyError: kind };
  };
  const onlyMethod = (req: IncomingMessage, res: ServerResponse, method: string): Outcome | null =>
    req.method === method
      ? null
      : refuse(res, 'method_not_allowed', `This route accepts ${method} only.`, {
          headers: { allow: method },
        });

  // Under load hundreds of requests wait on the upstream at once, so the wait holds as little as it can (a
  // callback, not suspended async frames): what it holds outlives young-generation collections.
  function forward(res: ServerResponse, request: UpstreamRequest): Promise<Outcome> {
    return upstream.send(request).then((result) => answerFromUpstream(res, result));
  }

  function answerFromUpstream(res: ServerResponse, result: UpstreamResult): Outcome {
    const timing = { [SERVER_TIMING_HEADER]: `upstream;dur=${result.durationMs}` };
    if (!result.ok) {
      const { kind, message, code, upstreamStatus } = result;
      write.error(res, kind, message, { code, headers: timing });
      return { proxyError: kind, code, upstreamStatus };
    }
    const { status, contentType, retryAfter, body } = result.answer;
    const headers: Record<string, string> = timing;
    if (contentType) headers['content-type'] = contentType;
    if (retryAfter) headers['retry-after'] = retryAfter;
    write.answer(res, status, headers, body);
    return { upstreamStatus: status };
  }

  const config: Route = async (req, res) => {
    const refused = onlyMethod(req, res, 'GET');
    if (refused) return refused;
    const body: ConfigResponse = {
      hostUrl,
      timeoutMs,
      serverKey:
        apiKey === undefined || keyCheck === undefined
          ? { set: false }
          : {
              set: true,
              fingerprint: keyFingerprint(apiKey),
              kind: keyCheck.kind,
              problems: keyCheck.problems,
              usable: isFromThisMachine(req),
            },
    };
    write.answer(res, 200, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(body));
    return {};
  };

  const login: Route = async (req, res) => {
    const refused = onlyMethod(req, res, 'POST');
    if (refused) return refused;
    if (!isSameOriginRequest(req))
      return refuse(res, 'forbidden_origin', 'Logins are accepted only from this app’s own pages.');
    const waitSeconds = limiter?.take(clientAddress(req, trustProxyHops)) ?? 0;
    if (waitSeconds > 0) {
      return refuse(
        res,
        'rate_limited',
        `Too many logins from this address; try again in ${waitSeconds} seconds.`,
        {
          headers: { 'retry-after': String(waitSeconds) },
        },
      );
    }
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    const contentType = req.headers['content-type'];
    // No Content-Type is what the original notebook sends (`requests.post(url, data=json.dumps(…))`), and the
    // API reads the body as JSON regardless. A cross-origin page cannot use that: it sends Origin, refused above.
    if (hasBody && contentType !== undefined && !isJsonContentType(contentType)) {
      return refuse(res, 'unsupported_media_type', 'Send the login body as application/json.');
    }
    const read = await readRequestBody(req, MAX_REQUEST_BODY_BYTES, timeoutMs);
    if (!read.ok && read.reason === 'too_large') {
      return refuse(
        res,
        'payload_too_large',
        `The request body is over ${MAX_REQUEST_BODY_BYTES / 1024} KiB.`,
        {
          headers: { connection: 'close' },
        },
      );
    }
    if (!read.ok)
      return refuse(res, 'bad_request', 'The request body did not arrive completely.', {
        headers: { connection: 'close' },
      });
    let parsed: unknown = {};
    try {
      if (read.body.length > 0) parsed = JSON.parse(read.body.toString('utf8'));
    } catch {
      return refuse(res, 'bad_request', 'The request body is not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return refuse(res, 'bad_request', 'The request body must be a JSON object.');
    }
    let key: string | undefined;
    if ('ngc_api_key' in parsed) {
      key = (parsed as { ngc_api_key: unknown }).ngc_api_key as string;
      if (typeof key !== 'string') return refuse(res, 'bad_request', 'ngc_api_key must be a string.');
    } else if (apiKey !== undefined) {
      if (!isFromThisMachine(req)) {
        return refuse(res, 'key_required', 'The server’s key is only for this machine; paste your own key.');
      }
      key = apiKey;
    }
    // Without any key, `{}` goes up as sent: the API's own 401 explains it best.
    const body = JSON.stringify(key === undefined ? {} : { ngc_api_key: key });
    const headers = { ...UPSTREAM_HEADERS, 'content-type': 'application/json' };
    return forward(res, { method: 'POST', path: upstreamPaths.login, headers, body });
  };

  const experiments = (
    req: IncomingMessage,
    res: ServerResponse,
    org: string,
  ): Outcome | Promise<Outcome> => {
    const refused = onlyMethod(req, res, 'GET');
    if (refused) return refused;
    const authorization = req.headers.authorization;
    if (authorization !== undefined && (authorization.length > 8192 || /[^\x20-\x7e]/.test(authorization))) {
      return refuse(res, 'bad_request', 'The Authorization header is not a valid bearer token.');
    }
    const headers: Record<string, string> = { ...UPSTREAM_HEADERS };
    if (authorization !== undefined) headers.authorization = authorization;
    return forward(res, { method: 'GET', path: upstreamPaths.experiments(org), headers });
  };

  function answer(req: IncomingMessage, res: ServerResponse, target: ProxyRoute): Outcome | Promise<Outcome> {
    // `GET http://elsewhere/… HTTP/1.1` is what a forward proxy receives; this is not one.
    if (target.name === 'not_origin_form')
      return refuse(res, 'bad_request', 'This server is not a forward proxy.');
    if (!isAllowedHostHeader(req.headers.host, allowedHosts)) {
      // A name we do not know in Host is what DNS rebinding looks like; refuse before touching any key.
      return refuse(
        res,
        'forbidden_origin',
        'This server does not answer to that host name; add it to ALLOWED_HOSTS.',
      );
    }
    if (target.name === 'config') return config(req, res);
    if (target.name === 'login') return login(req, res);
    if (target.name === 'experiments') return experiments(req, res, target.org);
    return refuse(res, 'not_found', 'No such route on the proxy.');
  }

  return {
    async handle(req, res) {
      const target = matchProxyRoute(req.url ?? '');
      if (target.name === 'not_proxy') return false;
      const started = performance.now();
      const logged = (outcome: Outcome) => {
        log({
          time: new Date().toISOString(),
          route: target.name === 'not_origin_form' ? 'refused' : target.name,
          method: req.method ?? '',
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...outcome,
        });
        return true;
      };
      const outcome = answer(req, res, target);
      return outcome instanceof Promise ? outcome.then(logged) : logged(outcome);
    },
    close: () => upstream.close(),
  };
}
