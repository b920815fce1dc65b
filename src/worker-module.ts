import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` (e.g. './article-worker') that sits beside the
 * module whose `import.meta.url` is `from`: the built JavaScript, or under tsx (the tests run
 * src/ directly) the TypeScript source, registered with tsx inside the worker.
 */
export function startModuleWorker(name: string, from: string, options: WorkerOptions = {}): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`${name}.js`, from), options);
  const source = JSON.stringify(new URL(`${name}.ts`, from).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, {
    ...options,
    eval: true,
  });
}
