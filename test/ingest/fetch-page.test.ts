import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkResolvedAddresses, checkWebAddress, isPublicAddress } from '../../src/ingest/address-guard.js';
import { fetchPage, FetchFailedError, FetchRefusedError } from '../../src/ingest/fetch-page.js';
import { serve, startLocalServer, type LocalServer } from './local-server.js';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['2606:4700::1111', true],
    ['127.0.0.1', false],
    ['127.9.9.9', false],
    ['10.0.0.1', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['100.128.0.1', true],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:93.184.215.14', true],
    // the URL parser writes [::ffff:127.0.0.1] as [::ffff:7f00:1]
    ['::ffff:7f00:1', false],
    ['::127.0.0.1', false],
    ['not an address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('checkWebAddress', () => {
  it.each([
    ['file:///etc/passwd', /only http:\/\/ and https:\/\/ addresses can be fetched, not file:/],
    ['ftp://files.example/a.html', /not ftp:/],
    ['javascript:alert(1)', /not javascript:/],
    ['not a url', /is not a web address/],
    ['https://user:pw@news.example/', /user name or password/],
  ])('refuses %s', (raw, reason) => {
    expect(() => checkWebAddress(raw)).toThrow(FetchRefusedError);
    expect(() => checkWebAddress(raw)).toThrow(reason);
  });

  it('takes http and https addresses', () => {
    expect(checkWebAddress(' https://news.example/a?b=1 ').href).toBe('https://news.example/a?b=1');
  });

  it('a host with one public and one private answer is refused', () => {
    expect(() => checkResolvedAddresses('mixed.example', ['93.184.215.14', '10.0.0.7'])).toThrow(/mixed\.example is on a private or local network \(10\.0\.0\.7\)/);
  });
});

describe('fetchPage', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({
      '/page': serve('<html><body><p>Grüße from the page</p></body></html>', 'text/html; charset=utf-8', { etag: '"v1"' }),
      '/latin1': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      '/big': serve('x'.repeat(300_000), 'text/html'),
      '/big-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 30; i++) res.write('y'.repeat(10_000));
        res.end();
      },
      '/slow': () => {
        // never answers
      },
      '/gone': (_req, res) => res.writeHead(410, 'Gone').end(),
      '/to-ipv6-loopback': (_req, res) => res.writeHead(302, { location: `http://[::1]:${server.port}/page` }).end(),
      '/to-metadata': (_req, res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/cached': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
        else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end('<p>fresh</p>');
      },
      ...Object.fromEntries(
        Array.from({ length: 7 }, (_, i) => [`/hop${i}`, (_req: unknown, res: { writeHead: (s: number, h: object) => { end: () => void } }) => res.writeHead(302, { location: `/hop${i + 1}` }).end()]),
      ),
      '/hop7': serve('<p>end of the chain</p>', 'text/html'),
    });
  });
  afterEach(() => server.close());

  it.each([
    ['127.0.0.1', (s: LocalServer) => `${s.base}/page`],
    ['localhost (resolved, then refused)', (s: LocalServer) => `http://localhost:${s.port}/page`],
    ['[::1]', (s: LocalServer) => `http://[::1]:${s.port}/page`],
    ['10.0.0.1', () => 'http://10.0.0.1/page'],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['127.0.0.1 written as a number', (s: LocalServer) => `http://2130706433:${s.port}/page`],
    ['127.0.0.1 written as IPv6', (s: LocalServer) => `http://[::ffff:127.0.0.1]:${s.port}/page`],
  ])('refuses %s by default without connecting', async (_name, address) => {
    await expect(fetchPage(address(server))).rejects.toThrow(FetchRefusedError);
    await expect(fetchPage(address(server))).rejects.toThrow(/private or local network/);
    expect(server.connections()).toBe(0);
  });

  it('fetches from 127.0.0.1 when private hosts are allowed, decoding the declared charset', async () => {
    const page = await fetchPage(`${server.base}/page`, { allowPrivateHosts: true });
    expect(page).toMatchObject({ status: 200, notModified: false, etag: '"v1"', url: `${server.base}/page` });
    expect(page.body).toContain('Grüße from the page');
    expect((await fetchPage(`${server.base}/latin1`, { allowPrivateHosts: true })).body).toBe('café');
  });

  it('checks every redirect: an allowed host cannot send the fetch on to a private one', async () => {
    const allowOne = { allowPrivateHosts: ['127.0.0.1'] };
    expect((await fetchPage(`${server.base}/page`, allowOne)).status).toBe(200);
    await expect(fetchPage(`${server.base}/to-ipv6-loopback`, allowOne)).rejects.toThrow(/::1 is on a private or local network/);
    await expect(fetchPage(`${server.base}/to-metadata`, allowOne)).rejects.toThrow(/169\.254\.169\.254 is on a private or local network/);
    // the redirecting answers only: the refused hops were never asked
    expect(server.requests.map((r) => r.path)).toEqual(['/page', '/to-ipv6-loopback', '/to-metadata']);
  });

  it('follows at most 5 redirects', async () => {
    await expect(fetchPage(`${server.base}/hop2`, { allowPrivateHosts: true })).resolves.toMatchObject({ url: `${server.base}/hop7` });
    await expect(fetchPage(`${server.base}/hop1`, { allowPrivateHosts: true })).rejects.toThrow(/redirects more than 5 times/);
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    const limit = { allowPrivateHosts: true, maxBytes: 100_000 };
    await expect(fetchPage(`${server.base}/big`, limit)).rejects.toThrow(/is larger than the 98 KB allowed/);
    await expect(fetchPage(`${server.base}/big-chunked`, limit)).rejects.toThrow(FetchFailedError);
  });

  it('gives up on a page that does not answer within the time limit', async () => {
    const started = Date.now();
    await expect(fetchPage(`${server.base}/slow`, { allowPrivateHosts: true, timeoutMs: 300 })).rejects.toThrow(/did not answer within 0\.3 seconds/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('an error status is a failed fetch with the status in words', async () => {
    await expect(fetchPage(`${server.base}/gone`, { allowPrivateHosts: true })).rejects.toThrow(/answered 410 Gone/);
  });

  it('a 304 to a conditional request is "not modified" with no body', async () => {
    const page = await fetchPage(`${server.base}/cached`, { allowPrivateHosts: true, headers: { 'if-none-match': '"v1"' } });
    expect(page).toMatchObject({ status: 304, notModified: true, body: '' });
  });
});
