/**
 * An input the ingest refuses, with a one-line reason for the person who sent it. An article
 * worker's answer tells these errors by their names (article-jobs.ts `failureReply`): a new
 * subclass thrown in a worker needs its name there too.
 */
export class ArticleInputError extends Error {
  override readonly name: string = 'ArticleInputError';
}

/**
 * An input that would cost too much to read: HTML nested deeper than any real page, or an
 * article whose reading ran past the time or memory budget. Bad input, not a server fault
 * (the web app answers 422), and the reason says what to change.
 */
export class ArticleTooComplexError extends ArticleInputError {
  override readonly name = 'ArticleTooComplexError';
}
