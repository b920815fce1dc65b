import { BlockList, isIP } from 'node:net';
import { ArticleInputError } from './article-errors.js';

/** A web address saidby will not fetch: the reason names the address and what to do. */
export class FetchRefusedError extends ArticleInputError {
  override readonly name = 'FetchRefusedError';
}

/**
 * Addresses that are not the public internet: a page asked for by a reviewer must never reach
 * the server's own network (cloud metadata at 169.254.169.254, an admin port on 127.0.0.1).
 */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  const v4: [string, number][] = [
    ['0.0.0.0', 8], // "this network", 0.0.0.0 itself
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // carrier-grade NAT
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15], // benchmarking
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, and 255.255.255.255
  ];
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  const v6: [string, number][] = [
    ['::', 96], // unspecified, loopback, and the retired IPv4-compatible form (::127.0.0.1)
    ['fc00::', 7], // unique-local
    ['fe80::', 10], // link-local
    ['ff00::', 8], // multicast
    ['64:ff9b::', 96], // NAT64 maps IPv4, private ones included
  ];
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
})();

/**
 * True when an IP address literal is on the public internet. An IPv4 address written as IPv6
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
 * isPublicAddress('93.184.215.14') -> true; isPublicAddress('fe80::1') -> false.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return isPublicAddress(mapped[1]);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

/**
 * The URL to fetch, or FetchRefusedError: http(s) only, no user name or password in it.
 * checkWebAddress('ftp://x') throws "only http:// and https:// addresses can be fetched".
 */
export function checkWebAddress(raw: string): URL {
  const trimmed = raw.trim();
  if (!URL.canParse(trimmed)) throw new FetchRefusedError(`${JSON.stringify(trimmed.slice(0, 200))} is not a web address`);
  const url = new URL(trimmed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(`only http:// and https:// addresses can be fetched, not ${url.protocol}//`);
  }
  if (url.username || url.password) throw new FetchRefusedError('addresses with a user name or password are not fetched');
  return url;
}

/**
 * Refuses a host whose resolved addresses include any that is not public: all are checked, so
 * a name with one public and one private answer is refused too.
 */
export function checkResolvedAddresses(host: string, addresses: readonly string[]): void {
  const inside = addresses.find((a) => !isPublicAddress(a));
  if (inside !== undefined) {
    throw new FetchRefusedError(
      `${host} is on a private or local network (${inside}); saidby only fetches public addresses unless private hosts are allowed`,
    );
  }
}
