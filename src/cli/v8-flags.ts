/**
 * V8's flags for the commands that run the pipeline over a given set of articles (`extract`,
 * `batch`, `ingest`), set by cli.ts
 * before anything is compiled; bench/instructions.mjs sets the same to count a warm pass as they
 * run it.
 *
 * A run of `extract` or `batch` is short (one article; a corpus of a few MB) and about a third of
 * its CPU went to V8 optimising functions it then ran only briefly: eight times V8's interrupt
 * budget (67,584 bytes of bytecode run before a function is considered for optimisation) leaves the
 * lukewarm ones to the baseline compiler, and a smaller budget for inlining (300 bytes of bytecode
 * inlined into one function, not 920) keeps each optimised function small and quick to compile: the
 * pipeline's largest functions, run once an article, were compiled with dozens of rules inlined and
 * compiled again when one of those rules met a new kind of object. The flags are process-wide, so
 * the workers of `batch --jobs N` and `ingest --jobs N` get them too (an ingest of the dev texts
 * took a third less CPU with them). Long-lived commands (serve, watch) keep V8's default.
 * Each regex is first compiled to bytecode and interpreted, and compiled again to machine code
 * once it has run a while; a short run pays for both compiles of most of the pipeline's patterns
 * (about a fifth of a cold batch's instructions went to compiling them). Compiling each straight
 * to machine code, once, costs less.
 */
export const SHORT_RUN_V8_FLAGS = '--interrupt-budget=540672 --max-inlined-bytecode-size-cumulative=300 --no-regexp-tier-up';
