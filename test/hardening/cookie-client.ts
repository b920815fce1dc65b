import request from 'supertest';
import { csrfFrom, PASSWORD, type Harness } from '../web/app-harness.js';

/** The `Cookie` header a browser would send back after this response (name=value pairs only). */
export function cookiesOf(res: request.Response, previous = ''): string {
  const set = res.headers['set-cookie'] as unknown as string[] | undefined;
  if (!set?.length) return previous;
  // Split at the first "=" only: base64 values end in "=" padding.
  const pairOf = (c: string): [string, string] => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)];
  const jar = new Map(previous ? previous.split('; ').map(pairOf) : []);
  for (const line of set) {
    const [name, value] = pairOf(line.split(';')[0] ?? '');
    jar.set(name, value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/**
 * Signs in by hand, keeping the cookie as a string (a copy can be replayed later, and Secure
 * cookies are kept even over plain http), every request with `headers` (proxy headers).
 */
export async function signInByHand(
  app: Harness['app'],
  options: { name?: string; headers?: Record<string, string> } = {},
): Promise<{ cookie: string; token: string; setCookie: string[] }> {
  const headers = options.headers ?? {};
  const form = await request(app).get('/signin').set(headers);
  let cookie = cookiesOf(form);
  const res = await request(app)
    .post('/signin')
    .set(headers)
    .set('Cookie', cookie)
    .type('form')
    .send({ _csrf: csrfFrom(form.text), name: options.name ?? 'ana', password: PASSWORD });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${res.text.slice(0, 200)}`);
  cookie = cookiesOf(res, cookie);
  const page = await request(app).get('/attributions/1').set(headers).set('Cookie', cookie);
  return { cookie, token: csrfFrom(page.text), setCookie: (res.headers['set-cookie'] as unknown as string[]) ?? [] };
}
