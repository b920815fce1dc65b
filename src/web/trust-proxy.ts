import { isIP } from 'node:net';
import { z } from 'zod';

/** What Express's `trust proxy` is given: a number of proxy hops, or the proxies' addresses. */
export type TrustProxy = number | string[];

// proxy-addr's names for address ranges: 127.0.0.1/8 and ::1, 169.254/16 and fe80::/10, private ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** "10.0.0.1", "10.0.0.0/8", "::1", "fd00::/8": an address, with a prefix length that fits it. */
function isAddressOrSubnet(item: string): boolean {
  const [address = '', prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const Hops = z
  .string()
  .regex(/^\d+$/)
  .transform(Number)
  .pipe(z.number().int().min(1, 'a number of proxies is at least 1').max(10));

const Addresses = z
  .string()
  .transform((s) => s.split(',').map((item) => item.trim()).filter((item) => item.length > 0))
  .pipe(
    z
      .array(
        z.string().refine((item) => RANGE_NAMES.has(item) || isAddressOrSubnet(item), {
          error: (issue) => `"${String(issue.input)}" is not loopback, linklocal, uniquelocal, an IP address or a subnet`,
        }),
      )
      .min(1, 'give the proxies: a number of hops, loopback, or addresses'),
  );

/**
 * Reads `--trust-proxy`: the number of proxies in front of the server ("1"), or which
 * addresses are proxies ("loopback", "10.0.0.1, 10.0.0.2", "10.0.0.0/8"). The client is then
 * the address the nearest untrusted hop reported in X-Forwarded-For, and X-Forwarded-Proto
 * says whether it came over HTTPS. "true" (trust every hop) is refused: the client could then
 * name any address it likes and slip out of its rate limit by sending X-Forwarded-For.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === 'all') {
    throw new TrustProxyError('trusting every proxy lets any client choose its own address; give the number of proxies (1) or their addresses (loopback, 10.0.0.1)');
  }
  const parsed = /^\d+$/.test(text) ? Hops.safeParse(text) : Addresses.safeParse(text);
  if (!parsed.success) throw new TrustProxyError(parsed.error.issues[0]?.message ?? 'not a proxy setting');
  return parsed.data;
}

export class TrustProxyError extends Error {
  override readonly name = 'TrustProxyError';
}
