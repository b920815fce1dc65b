import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { AttributionKind, CueKind, SourceType } from '../schema/attribution.js';
import { SEARCH_SCOPES, toSearchQuery } from '../store/search-query.js';
import { describeFileError } from './read-input.js';
import { ReviewStatus } from '../store/rows.js';
import { openAtomicFile, stdoutSink, type OutputSink } from './atomic-output.js';
import { CliError } from './cli-error.js';
import { dbOption, describeDb, openBackendForCli } from './db-option.js';
import { isPostgresUrl } from '../store/pg/url.js';

const ExportOptions = z.object({
  db: z.string().min(1),
  format: z.enum(['csv', 'json', 'claimreview']),
  speaker: z.string().optional(),
  q: z.string().optional().superRefine((q, ctx) => {
    const search = q === undefined || q.trim() === '' ? null : toSearchQuery(q);
    if (search && !search.ok) ctx.addIssue({ code: 'custom', message: search.reason });
  }),
  searchIn: z.enum(SEARCH_SCOPES).optional(),
  kind: AttributionKind.optional(),
  sourceType: SourceType.optional(),
  claim: CueKind.optional(),
  status: ReviewStatus.optional(),
  output: z.string().optional(),
  /** The site the CSV's claim links point at; none gives paths ("/attributions/12"). */
  baseUrl: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, '')).optional(),
});
type ExportOptions = z.infer<typeof ExportOptions>;

/**
 * `saidby export`: the attributions matching the filters, in list order, as CSV (RFC 4180,
 * UTF-8 with BOM, formula cells neutralised) or a JSON array, streamed to stdout or to a
 * file written all-or-nothing.
 */
export async function runExport(raw: unknown): Promise<void> {
  const parsed = ExportOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`bad option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const options: ExportOptions = parsed.data;
  // Store.open would create an empty database at a mistyped path and export nothing from it.
  if (!isPostgresUrl(options.db) && !existsSync(options.db)) throw new CliError(`no database at ${describeDb(options.db)} (saidby ingest stores articles there first)`);
  const store = await openBackendForCli(options.db);
  const filter = {
    speaker: options.speaker,
    q: options.q,
    searchIn: options.searchIn,
    kind: options.kind,
    sourceType: options.sourceType,
    cueKind: options.claim,
    status: options.status,
  };
  let sink: OutputSink | null = null;
  try {
    sink = options.output ? await openAtomicFile(options.output) : stdoutSink();
    const out = sink.stream;
    if (options.format === 'csv') await store.writeCsv(filter, out, { end: false, claimBase: options.baseUrl ?? '' });
    else if (options.format === 'claimreview') await store.writeClaimReviews(filter, out, options.baseUrl ?? '');
    else await store.writeJson(filter, out, { end: false });
    await sink.commit();
  } catch (err) {
    // A failed write (disk full) is bad output, one line and exit 2, like unreadable input. The
    // writer may only have seen the output close ("premature close"): the sink knows why, once
    // the stream has closed (a failed write destroys it at once, its 'error' comes a tick later).
    await sink?.abort();
    const failure = sink?.failure() ?? null;
    if (err instanceof CliError) throw err;
    if (sink && (failure || (typeof err === 'object' && err !== null && 'syscall' in err && err.syscall === 'write'))) {
      throw new CliError(`cannot write ${sink.label}: ${describeFileError(failure ?? err)}`);
    }
    throw err;
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('export')
    .description('write the stored attributions (optionally filtered) as CSV or JSON')
    .addOption(new Option('-f, --format <format>', 'csv, json, or claimreview (schema.org ClaimReview JSON-LD of the reviewed records)').choices(['csv', 'json', 'claimreview']).default('csv'))
    .option('--speaker <name>', 'only this speaker (spelling and name form forgiven: "grenel" finds Richard Grenell)')
    .option('--q <text>', 'search the quote or claim: hostage (finds hostages), deport*, "six hostages", -trump')
    .addOption(new Option('--search-in <where>', 'text: the quote or claim; all: with speaker and article title too').choices(SEARCH_SCOPES))
    .addOption(new Option('--kind <kind>', 'direct, mixed or indirect').choices(AttributionKind.options))
    .addOption(new Option('--source-type <type>', 'the speaker type').choices(SourceType.options))
    .addOption(new Option('--claim <kind>', 'the kind of claim: assertion keeps to what was asserted').choices(CueKind.options))
    .addOption(new Option('--status <status>', 'review status').choices(ReviewStatus.options))
    .option('--base-url <url>', 'the review site\'s address, so claim links (CSV, ClaimReview) open there (default: a path like /attributions/12)')
    .option('-o, --output <file>', 'write to FILE (replaced only when the export completes) instead of stdout')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
CSV is RFC 4180 (CRLF, quoted fields) in UTF-8 with a byte-order mark; a cell that
starts with = + - @ (or tab/CR) is prefixed with ' so spreadsheets show it as text.

Examples:
  $ saidby export --speaker "Ric Grenell" -o grenell.csv
  $ saidby export --format json --q hostages | jq length
  $ saidby export --format claimreview --base-url https://saidby.example -o reviews.json`,
    )
    .action(async (options: Record<string, unknown>) => runExport(options));
}
