/**
 * What the compiled worker bundle holds (scripts/bundle-cli.mjs): the loop of a `batch --jobs N`
 * worker thread, and the file jobs of an article worker (ingest, the web app's uploads).
 */
export { serveBatchLines } from './batch-serve.js';
export * as articleJobs from '../ingest/article-jobs.js';
