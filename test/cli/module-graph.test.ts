import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// `import … from '…'` and `export … from '…'`, over several lines too, but not `import type`
// (erased at build); `import '…'` for its effects. Dynamic import() is not followed: what it
// loads is loaded only when that line runs.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'/gm;

/** Every module `entry` (a path under src/) loads before its first line runs: src files and package names. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith('.')) visit(relative(root, join(root, dirname(file), spec.replace(/\.js$/, '.ts'))));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  };
  visit(entry);
  return { files, packages };
}

const WEB_PAGE_READERS = ['linkedom', '@mozilla/readability', 'feedsmith'];

describe('what a command loads before it starts', () => {
  it('the graph walker follows relative imports and skips type-only ones', () => {
    const { files, packages } = staticGraph('src/ingest/web-article.ts');
    expect(files).toContain('src/ingest/html-to-text.ts');
    expect(packages).toContain('@mozilla/readability');
    // `import type { ArticleSource } from './ingest.js'` only
    expect(files).not.toContain('src/ingest/ingest.ts');
  });

  it('saidby ingest over files loads neither the pipeline (its workers run it) nor the web page and feed readers', () => {
    const { files, packages } = staticGraph('src/cli/ingest.ts');
    // a leaf helper or two (the quotation marks the content hash folds) is not the pipeline
    expect(files).not.toContain('src/pipeline/index.ts');
    expect([...files].filter((f) => f.startsWith('src/pipeline/')).length).toBeLessThanOrEqual(3);
    expect([...packages].filter((p) => WEB_PAGE_READERS.includes(p) || p === 'express')).toEqual([]);
    expect(files).toContain('src/ingest/store-article.ts');
  });

  it('an article worker loads neither the store nor the web page and feed readers before its first job', () => {
    const worker = staticGraph('src/ingest/article-worker.ts');
    expect([...worker.packages].filter((p) => WEB_PAGE_READERS.includes(p))).toEqual([]);
    expect([...worker.files].filter((f) => f.startsWith('src/store/'))).toEqual([]);
    // its file jobs (from the worker bundle, or these modules when the bundle is not current) run the pipeline
    const jobs = staticGraph('src/ingest/article-jobs.ts');
    expect(jobs.files).toContain('src/pipeline/index.ts');
    expect([...jobs.packages].filter((p) => WEB_PAGE_READERS.includes(p))).toEqual([]);
  });
});
