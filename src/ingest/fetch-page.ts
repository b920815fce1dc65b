import { promises as dns, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { ArticleInputError } from './article-errors.js';
import { checkResolvedAddresses, checkWebAddress } from './address-guard.js';

export { FetchRefusedError } from './address-guard.js';

/** A fetch that was allowed but did not give a page: an error status, too slow, too big, a loop of redirects. */
export class FetchFailedError extends ArticleInputError {
  override readonly name = 'FetchFailedError';
}

export interface FetchOptions {
  /**
   * Fetch from private, loopback and link-local addresses too (tests, an intranet): true for
   * any, or the addresses allowed (['10.1.2.3'] for one intranet server). Default false.
   */
  allowPrivateHosts?: boolean | readonly string[] | undefined;
  /** Largest body read, bytes. Default 5 MB. */
  maxBytes?: number | undefined;
  /** Time for the whole fetch, redirects included, ms. Default 20 s. */
  timeoutMs?: number | undefined;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number | undefined;
  /** Sent as is: Accept, If-None-Match, If-Modified-Since. */
  headers?: Record<string, string> | undefined;
}

export interface FetchedPage {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  /** 304: the page has not changed since the ETag or date sent; `body` is empty. */
  notModified: boolean;
  contentType: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

export const FETCH_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The host's addresses, each checked before any connection, unless private hosts are allowed. */
async function resolveHost(url: URL, allowPrivate: boolean | readonly string[]): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  const family = isIP(host);
  if (family !== 0) addresses = [{ address: host, family }];
  else {
    try {
      addresses = await dns.lookup(host, { all: true, verbatim: true });
    } catch {
      throw new FetchFailedError(`${host}: no such host (the name does not resolve)`);
    }
  }
  if (addresses.length === 0) throw new FetchFailedError(`${host}: no such host (the name has no address)`);
  if (allowPrivate !== true) {
    const allowed = new Set(allowPrivate === false ? [] : allowPrivate);
    checkResolvedAddresses(host, addresses.map((a) => a.address).filter((a) => !allowed.has(a)));
  }
  return addresses;
}

/**
 * Answers every name lookup of one request with the addresses already checked, so the
 * connection goes where the guard looked: a second DNS answer (rebinding) is never asked for.
 */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean } | number, callback: (...args: unknown[]) => void) => {
    const all = typeof options === 'object' && options.all === true;
    const first = addresses[0] as LookupAddress;
    if (all) callback(null, addresses);
    else callback(null, first.address, first.family);
  }) as unknown as LookupFunction;
}

function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Buffer, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface Hop {
  response: IncomingMessage;
  body: Buffer | null;
}

/** One request, body read up to maxBytes unless the answer is a redirect or 304. */
function request(url: URL, addresses: LookupAddress[], options: Required<Omit<FetchOptions, 'headers'>> & { headers: Record<string, string> }, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const get = url.protocol === 'https:' ? https.get : http.get;
    const req = get(
      url,
      {
        lookup: pinnedLookup(addresses),
        signal,
        headers: { 'user-agent': 'saidby (article reader)', 'accept-encoding': 'identity', ...options.headers },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (REDIRECTS.has(status) || status === 304) {
          response.resume();
          resolve({ response, body: null });
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          req.destroy();
          reject(new FetchFailedError(`${url.href} is larger than the ${mb(options.maxBytes)} allowed`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            reject(new FetchFailedError(`${url.href} is larger than the ${mb(options.maxBytes)} allowed`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

function mb(bytes: number): string {
  const n = bytes / (1024 * 1024);
  return n >= 1 ? `${Number.isInteger(n) ? n : n.toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Fetches one web page within limits: http(s) only; every host (the first and each redirect's)
 * resolved and refused when any of its addresses is private, loopback or link-local (unless
 * `allowPrivateHosts`), and the connection made to the address checked; at most `maxRedirects`
 * redirects, `maxBytes` of body and `timeoutMs` in all. Throws FetchRefusedError for an address
 * it will not fetch, FetchFailedError for a fetch that did not give a page (an error status).
 * Does not decompress (it asks for no compression) nor run any script.
 */
export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = {
    allowPrivateHosts: options.allowPrivateHosts ?? false,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    headers: options.headers ?? {},
  };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkWebAddress(raw);
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveHost(url, limits.allowPrivateHosts);
    let hop: Hop;
    try {
      hop = await request(url, addresses, limits, signal);
    } catch (err) {
      if (err instanceof ArticleInputError) throw err;
      if (signal.aborted) throw new FetchFailedError(`${url.href} did not answer within ${limits.timeoutMs / 1000} seconds`);
      const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
      throw new FetchFailedError(`${url.href} could not be fetched${code ? ` (${code})` : ''}`);
    }
    const { response, body } = hop;
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      if (redirects >= limits.maxRedirects) throw new FetchFailedError(`${raw} redirects more than ${limits.maxRedirects} times`);
      if (!URL.canParse(location, url.href)) throw new FetchFailedError(`${url.href} redirects to a bad address`);
      url = checkWebAddress(new URL(location, url.href).href);
      continue;
    }
    const contentType = response.headers['content-type'] ?? '';
    const header = (name: string): string | null => {
      const v = response.headers[name];
      return typeof v === 'string' ? v : null;
    };
    if (status === 304) {
      return { url: url.href, status, notModified: true, contentType, body: '', etag: header('etag'), lastModified: header('last-modified') };
    }
    if (status < 200 || status >= 300) {
      throw new FetchFailedError(`${url.href} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    return {
      url: url.href,
      status,
      notModified: false,
      contentType,
      body: decode(body ?? Buffer.alloc(0), contentType),
      etag: header('etag'),
      lastModified: header('last-modified'),
    };
  }
}
