import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { ExtractResult } from '../../src/schema/article.js';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp, type AppOptions } from '../../src/web/app.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from '../store/fixtures.js';

export const PASSWORD = 'correct horse battery';

/** A hostile article: markup and spreadsheet formulas inside quotations. */
export const HOSTILE_TEXT =
  'Test desk. “<script>alert(1)</script> is not a quote,” <b>Mallory</b> Script said. ' +
  '“=HYPERLINK("http://evil.example")” Eve Formula wrote. “-2+3” Eve Formula added.';

export function hostileQuotes() {
  return [
    attributionIn(HOSTILE_TEXT, '“<script>alert(1)</script> is not a quote,”', '<b>Mallory</b> Script', '<b>Mallory</b> Script', 'said'),
    // spreadsheet formulas: the text, and a speaker name, start with = - @
    { ...attributionIn(HOSTILE_TEXT, '=HYPERLINK("http://evil.example")', 'Eve Formula', 'Eve Formula', 'wrote'), kind: 'indirect' as const },
    { ...attributionIn(HOSTILE_TEXT, '-2+3', '@Eve', 'Eve Formula', 'added'), kind: 'indirect' as const },
  ];
}

export interface Harness {
  store: Store;
  app: ReturnType<typeof createApp>;
  close: () => void;
}

/** A temp database with the Venezuela article, a hostile one, and reviewer "ana". */
export async function makeHarness(options: Partial<AppOptions> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'saidby-web-'));
  const store = Store.open(join(dir, 'web.db'));
  store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
  // "Hostile" has an explicit <i>title</i>, and is older, so it lists after Venezuela.
  const hostileTitle = 'Hostile <i>title</i>';
  store.addArticle({ text: HOSTILE_TEXT, meta: meta(hostileTitle, '2024-01-01T00:00:00Z') }, hostileQuotes());
  const hash = await hashPassword(PASSWORD);
  store.addUser('ana', hash);
  store.addUser('ben', hash);
  const fakeExtract = (text: string): ExtractResult => ({
    article: { title: null, outlet: null, authors: [], published: '2025-03-01T00:00:00Z' },
    quotes: text.includes('“Pasted quote,”') ? [attributionIn(text, '“Pasted quote,”', 'Pat Paste', 'Paste', 'said')] : [],
    diagnostics: [],
  });
  const app = createApp({
    store,
    sessionSecret: 'test-secret-test-secret-test-secret!',
    extract: fakeExtract,
    log: () => {},
    ...options,
  });
  return {
    store,
    app,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSRF token on the page');
  return m[1];
}

/** A supertest agent signed in (as ana unless named), with the CSRF token of its session. */
export async function signedIn(
  app: Harness['app'],
  name = 'ana',
): Promise<{ agent: ReturnType<typeof request.agent>; token: string }> {
  const agent = request.agent(app);
  const form = await agent.get('/signin');
  const res = await agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name, password: PASSWORD });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${res.text.slice(0, 200)}`);
  const page = await agent.get('/attributions/1');
  return { agent, token: csrfFrom(page.text) };
}
