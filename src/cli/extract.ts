import { Option, type Command } from 'commander';
import { extract } from '../pipeline/index.js';
import { formatQuoteTable } from './quote-table.js';
import { readTextInput } from './read-input.js';

type OutputFormat = 'json' | 'text';

interface ExtractCommandOptions {
  format: OutputFormat;
  quotesOnly: boolean;
}

/** `saidby extract FILE|-`: one article in, its attributions out (JSON by default). */
export async function runExtract(file: string, options: ExtractCommandOptions): Promise<void> {
  const text = await readTextInput(file);
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
    .addHelpText(
      'after',
      `
Output (json): { "article": {title, outlet, authors, published},
                 "quotes": [Attribution, ...], "diagnostics": [...] }
Offsets are UTF-16 code units into the text as read (a leading BOM removed),
end-exclusive; quotation spans include their quotation marks.

Exit status: 0 on success (an empty file gives "quotes": []); 2 when the file is
missing, is a directory or is not valid UTF-8.

Examples:
  $ saidby extract data/samples/cnn-2025-02-01-venezuela-detainees.txt
  $ saidby extract --format text article.txt
  $ curl -s https://example.org/article.txt | saidby extract -`,
    )
    .action(runExtract);
}
