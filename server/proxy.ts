// The proxy: the endpoint table's routes (src/api/endpoints.ts), matched exactly on the app's own origin and
// forwarded to the MONAI API through one pooled connection, with headers and bodies rebuilt from scratch.
// Stateless apart from the login rate counter.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVER_TIMING_HEADER, type ConfigResponse, type ProxyErrorKind } from '../src/api/contract.ts';
import { endpoints, upstreamPath, type ApiEndpointName, type MatchedEndpoint } from '../src/api/endpoints.ts';
import {
  MAX_REQUEST_BODY_BYTES,
  authorizationRefusal,
  bodyTooLarge,
  contentTypeRefusal,
  methodRefusal,
  notFound,
  parseKeyBody,
  type Refusal,
} from '../src/api/proxy-request-rules.ts';
import { checkKey } from '../src/secrets/key-checks.ts';
import { keyFingerprint } from '../src/secrets/mask.ts';
import { clientAddress, isAllowedHostHeader, isFromThisMachine } from './client-address.ts';
import { createKeyRedactor } from './key-redaction.ts';
import { createOwnerGate } from './owner-secret.ts';
import type { ServerEnv } from './env.ts';
import { isSameOriginRequest } from './origin-check.ts';
import { createAnswerWriter, readRequestBody } from './proxy-exchange.ts';
import { matchProxyRoute, type ProxyRoute } from './proxy-routes.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { stdoutLogger, type ProxyLogEntry, type ProxyLogger } from './request-log.ts';
import { createUpstreamClient, type UpstreamRequest, type UpstreamResult } from './upstream-client.ts';

export type ProxyOptions = Pick<ServerEnv, 'hostUrl' | 'apiKey' | 'timeoutMs' | 'loginRateLimit'> &
  Partial<Pick<ServerEnv, 'allowedHosts' | 'trustProxyHops' | 'hostUrlSet'>> & {
    /** The owner link's secret: only the browser holding its cookie may use apiKey. Unset: nobody may. */
    ownerSecret?: string;
    log?: ProxyLogger;
    maxUpstreamBodyBytes?: number;
    /** Sent with every answer of the proxy: npm start's security headers. */
    answerHeaders?: Record<string, string>;
    /** Replaces the in-memory login limit (e.g. one in Redis, shared by replicas). */
    loginLimiter?: RateLimiter;
  };

export interface Proxy {
  /** Answers /proxy/… requests; resolves false for anything else, which the caller serves. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

const UPSTREAM_HEADERS = { accept: 'application/json', 'user-agent': 'credentials-notebook-proxy' };

type Outcome = Pick<ProxyLogEntry, 'upstreamStatus' | 'proxyError' | 'code'>;
type Route = (req: IncomingMessage, res: ServerResponse) => Promise<Outcome>;

export function createProxy(options: ProxyOptions): Proxy {
  const { hostUrl, apiKey, timeoutMs, log = stdoutLogger, allowedHosts = [], trustProxyHops = 0 } = options;
  const upstream = createUpstreamClient({ hostUrl, timeoutMs, maxBodyBytes: options.maxUpstreamBodyBytes });
  const limiter =
    options.loginLimiter ?? (options.loginRateLimit ? createRateLimiter(options.loginRateLimit) : null);
  const keyCheck = apiKey === undefined ? undefined : checkKey(apiKey);
  const write = createAnswerWriter(options.answerHeaders);
  const owner = options.ownerSecret === undefined ? null : createOwnerGate(options.ownerSecret);
  const isOwner = (req: IncomingMessage) => owner?.isOwnerRequest(req) ?? false;
  // A hostile or echoing upstream must not hand the server's key back to whoever asked.
  const redact = createKeyRedactor(apiKey);

  const refuse = (
    res: ServerResponse,
    kind: ProxyErrorKind,
    message: string,
    extra?: { code?: string; headers?: Record<string, string> },
  ): Outcome => {
    write.error(res, kind, message, extra);
    return { proxyError: kind };
  };
  const refuseWith = (res: ServerResponse, { kind, message, headers }: Refusal): Outcome =>
    refuse(res, kind, message, { headers });
  const onlyMethod = (req: IncomingMessage, res: ServerResponse, method: string): Outcome | null => {
    const refusal = methodRefusal(req.method ?? '', method);
    return refusal && refuseWith(res, refusal);
  };

  // A GET has no body; one that brings one (100 MiB, say) is refused rather than read or passed on.
  const refuseGetBody = (req: IncomingMessage, res: ServerResponse): Outcome | null =>
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
      ? refuse(res, 'payload_too_large', 'This route takes no request body.', {
          headers: { connection: 'close' },
        })
      : null;

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
    if (contentType) headers['content-type'] = redact.text(contentType);
    if (retryAfter) headers['retry-after'] = retryAfter;
    write.answer(res, status, headers, redact.bytes(body));
    return { upstreamStatus: status };
  }

  const config: Route = async (req, res) => {
    const refused = onlyMethod(req, res, endpoints.config.method) ?? refuseGetBody(req, res);
    if (refused) return refused;
    const usable = isOwner(req);
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
              usable,
              ...(usable
                ? {}
                : { notUsableBecause: isFromThisMachine(req) ? 'not-owner' : 'not-this-machine' }),
            },
    };
    if (options.hostUrlSet !== undefined) body.hostUrlSet = options.hostUrlSet;
    write.answer(res, 200, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(body));
    return {};
  };

  const login = async (
    req: IncomingMessage,
    res: ServerResponse,
    name: ApiEndpointName,
  ): Promise<Outcome> => {
    const refused = onlyMethod(req, res, endpoints[name].method);
    if (refused) return refused;
    if (!isSameOriginRequest(req))
      return refuse(res, 'forbidden_origin', 'Logins are accepted only from this app’s own pages.');
    const waitSeconds = (await limiter?.take(clientAddress(req, trustProxyHops))) ?? 0;
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
    const wrongType = hasBody ? contentTypeRefusal(req.headers['content-type']) : null;
    if (wrongType) return refuseWith(res, wrongType);
    const read = await readRequestBody(req, MAX_REQUEST_BODY_BYTES, timeoutMs);
    if (!read.ok && read.reason === 'too_large') return refuseWith(res, bodyTooLarge);
    if (!read.ok)
      return refuse(res, 'bad_request', 'The request body did not arrive completely.', {
        headers: { connection: 'close' },
      });
    const parsed = parseKeyBody(read.body.toString('utf8'));
    if (!parsed.ok) return refuseWith(res, parsed.refusal);
    let key = parsed.key;
    if (key === undefined && apiKey !== undefined) {
      if (!isFromThisMachine(req)) {
        return refuse(res, 'key_required', 'The server’s key is only for this machine; paste your own key.');
      }
      if (!isOwner(req)) {
        return refuse(
          res,
          'key_required',
          'The server’s key is only for the browser that opened the owner link the server printed; paste your own key.',
        );
      }
      key = apiKey;
    }
    // Without any key, `{}` goes up as sent: the API's own 401 explains it best.
    const body = JSON.stringify(key === undefined ? {} : { ngc_api_key: key });
    const headers = { ...UPSTREAM_HEADERS, 'content-type': 'application/json' };
    const method = endpoints[name].method;
    return forward(res, { method, path: upstreamPath(name), headers, body });
  };

  /** A call with the learner's `Authorization: Bearer …`, passed on as it came. */
  const withBearer = (
    req: IncomingMessage,
    res: ServerResponse,
    { name, params }: MatchedEndpoint & { name: ApiEndpointName },
  ): Outcome | Promise<Outcome> => {
    const { method } = endpoints[name];
    const refused = onlyMethod(req, res, method) ?? refuseGetBody(req, res);
    if (refused) return refused;
    const authorization = req.headers.authorization;
    const badHeader = authorizationRefusal(authorization);
    if (badHeader) return refuseWith(res, badHeader);
    const headers: Record<string, string> = { ...UPSTREAM_HEADERS };
    if (authorization !== undefined) headers.authorization = authorization;
    return forward(res, { method, path: upstreamPath(name, params), headers });
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
    if (target.name === 'not_found' || target.name === 'not_proxy') return refuseWith(res, notFound);
    if (target.name === 'config') return config(req, res);
    const { name } = target;
    if (endpoints[name].auth === 'key-in-body') return login(req, res, name);
    return withBearer(req, res, { ...target, name });
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
