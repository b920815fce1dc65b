import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/web/trust-proxy.js';
import { runCli } from '../cli/run-cli.js';
import { csrfFrom, makeHarness, type Harness } from '../web/app-harness.js';
import { cookiesOf, signInByHand } from './cookie-client.js';

// Served behind a TLS proxy: the browser speaks https to the proxy, the proxy plain http to
// saidby with X-Forwarded-Proto and X-Forwarded-For. Secure cookies must then work, and the
// rate limits must count each browser by its own address, not the proxy's, while a client
// talking to saidby directly cannot choose its address by sending X-Forwarded-For.

let h: Harness;
afterEach(() => h?.close());

const viaProxy = (client: string) => ({ 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': client });

describe('secure cookies behind a TLS proxy', () => {
  it('a reviewer signs in through the proxy, gets a Secure cookie, and saves a review with it', async () => {
    h = await makeHarness({ secureCookies: true, trustProxy: ['loopback'] });
    const headers = viaProxy('203.0.113.7');
    const { cookie, token, setCookie } = await signInByHand(h.app, { headers });
    expect(setCookie.join('\n')).toMatch(/saidby_session=.*; secure/i);
    const res = await request(h.app)
      .post('/attributions/1/review')
      .set(headers)
      .set('Accept', 'application/json')
      .set('Cookie', cookie)
      .set('x-csrf-token', token)
      .send({ action: 'confirm', version: 1 });
    expect(res.status).toBe(200);
    expect(h.store.reviews(1)[0]?.userName).toBe('ana');
  });

  it.each([
    ['the proxy says the browser used plain http', { 'X-Forwarded-Proto': 'http' }],
    ['no proxy header at all', {}],
  ])('sign-in with secure cookies when %s is a 400 saying https is needed', async (_when, headers) => {
    h = await makeHarness({ secureCookies: true, trustProxy: ['loopback'] });
    const res = await request(h.app).get('/signin').set(headers);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/https:\/\/ address/);
  });

  it('a proxy that is not trusted cannot claim https: its X-Forwarded-Proto is ignored', async () => {
    h = await makeHarness({ secureCookies: true, trustProxy: ['10.9.9.9'] });
    const res = await request(h.app).get('/signin').set(viaProxy('203.0.113.7'));
    expect(res.status).toBe(400);
  });
});

describe('rate limits count the client behind the proxy', () => {
  /** Status of one wrong-password sign-in from `headers`, with the CSRF token of its own page. */
  async function attempt(headers: Record<string, string>): Promise<number> {
    const form = await request(h.app).get('/signin').set(headers);
    const res = await request(h.app)
      .post('/signin')
      .set(headers)
      .set('Cookie', cookiesOf(form))
      .type('form')
      .send({ _csrf: csrfFrom(form.text), name: 'ana', password: 'wrong password' });
    return res.status;
  }

  it('each client behind a trusted proxy has its own sign-in limit', async () => {
    h = await makeHarness({ trustProxy: ['loopback'], rateLimits: { signIn: 2, writes: 100 } });
    const a = { 'X-Forwarded-For': '203.0.113.1' };
    const b = { 'X-Forwarded-For': '203.0.113.2' };
    expect([await attempt(a), await attempt(a), await attempt(a)]).toEqual([401, 401, 429]);
    expect(await attempt(b)).toBe(401);
  });

  it('with one trusted hop, an address the client wrote into X-Forwarded-For does not open a new limit', async () => {
    h = await makeHarness({ trustProxy: 1, rateLimits: { signIn: 2, writes: 100 } });
    // the proxy appends the address it saw; whatever came before it is the client's own claim
    const spoofed = (claim: string) => ({ 'X-Forwarded-For': `${claim}, 203.0.113.9` });
    expect([await attempt(spoofed('1.1.1.1')), await attempt(spoofed('2.2.2.2')), await attempt(spoofed('3.3.3.3'))]).toEqual([401, 401, 429]);
  });

  it('without --trust-proxy, X-Forwarded-For is ignored: a client cannot pick a fresh address', async () => {
    h = await makeHarness({ rateLimits: { signIn: 2, writes: 100 } });
    expect([
      await attempt({ 'X-Forwarded-For': '198.51.100.1' }),
      await attempt({ 'X-Forwarded-For': '198.51.100.2' }),
      await attempt({ 'X-Forwarded-For': '198.51.100.3' }),
    ]).toEqual([401, 401, 429]);
  });
});

describe('--trust-proxy values', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['loopback, uniquelocal', ['loopback', 'uniquelocal']],
    ['10.0.0.1,10.0.0.2', ['10.0.0.1', '10.0.0.2']],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['::1, fd00::/8', ['::1', 'fd00::/8']],
  ])('%j is accepted as %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each([
    ['true', /any client choose its own address/],
    ['all', /any client choose its own address/],
    ['0', /at least 1/],
    ['', /give the proxies/],
    ['proxy.example', /not loopback/],
    ['10.0.0.0/33', /not loopback/],
    ['10.0.0.256', /not loopback/],
    ['-1', /not loopback/],
  ])('%j is refused: %s', (value, reason) => {
    expect(() => parseTrustProxy(value)).toThrow(reason);
  });
});

describe('saidby serve with proxy options', () => {
  it.each([
    [['--secure-cookies'], /--secure-cookies needs --trust-proxy/],
    [['--trust-proxy', 'true'], /bad option --trust-proxy: .*choose its own address/],
    [['--trust-proxy', 'nonsense'], /bad option --trust-proxy/],
  ])('serve %j fails at start: one line, exit 2', async (args, reason) => {
    const r = await runCli(['serve', '--port', '0', '--db', ':memory:', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('serve --help explains --trust-proxy', async () => {
    const r = await runCli(['serve', '--help']);
    expect(r.stdout).toMatch(/--trust-proxy <proxies>/);
    expect(r.stdout).toMatch(/loopback/);
  });
});
