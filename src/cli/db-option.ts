import { Option } from 'commander';
import { DEFAULT_DB_PATH } from '../store/store.js';

/** `--db FILE`, shared by every command that opens the review database. */
export function dbOption(): Option {
  return new Option('--db <file>', 'the SQLite database file').default(process.env['SAIDBY_DB'] ?? DEFAULT_DB_PATH);
}
