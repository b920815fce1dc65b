import { Option, type Command } from 'commander';
import { extract } from '../pipeline/index.js';
import { formatQuoteTable } from './quote-table.js';
import { parseByteCount, readTextInput } from './read-input.js';

type OutputFormat = 'json' | 'text';

interface ExtractCommandOptions {
  format: OutputFormat;
  quotesOnly: boolean;
  /** Largest input, e.g. "50M" (see parseByteCount). */
  maxBytes?: string | undefined;
}

/** Far above any article (a long one is 100 kB), low enough that `extract /dev/zero` stops early. */
export const DEFAULT_MAX_INPUT_BYTES = '50M';

/** `saidby extract FILE|-`: one article in, its attributions out (JSON by default). */
export async function runExtract(file: string, options: ExtractCommandOptions): Promise<void> {
  const text = await readTextInput(file, parseByteCount(options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES));
  const result = extract(text, { quotesOnly: options.quotesOnly });
  const output = options.format === 'text' ? formatQuoteTable(result) : JSON.stringify(result, null, 2) + '\n';
  process.stdout.write(output);
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('find the quotations in one article and say who said each (JSON on stdout)')
    .argument('<file>', 'article as UTF-8 plain text; "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format: json (the full records) or text (a readable table)')
        .choices(['json', 'text'])
        .default('json'),
    )
    .option('--quotes-only', 'report quotations only, not indirect-speech claims', false)
    .option('--max-bytes <size>', 'largest input read (e.g. 500k, 50M, 1G); a larger one is refused', DEFAULT_MAX_INPUT_BYTES)
    .addHelpText(
      'after',
      `
Output (json): { "article": {title, outlet, authors, published},
                 "quotes": [Attribution, ...], "diagnostics": [...] }
Offsets are UTF-16 code units into the text as read (a leading BOM removed),
end-exclusive; quotation spans include their quotation marks.

Exit status: 0 on success (an empty file gives "quotes": []); 2 when the file is
missing, is a directory, is not valid UTF-8 or is larger than --max-bytes.

Examples:
  $ saidby extract data/samples/cnn-2025-02-01-venezuela-detainees.txt
  $ saidby extract --format text article.txt
  $ curl -s https://example.org/article.txt | saidby extract -`,
    )
    .action(runExtract);
}
