import { SpeakerAliasRow, SpeakerRow, SpeakerSummaryRow } from './rows.js';
import type { SourceType } from '../schema/attribution.js';
import { NotFoundError } from './errors.js';
import { chooseSpeakers, toFilterCandidate, type FilterCandidate, type SpeakerChoice } from './speaker-choice.js';
import { SqlSpeakerDirectory } from './speaker-directory.js';
import { aliasPersonFields, parsePersonName } from './speaker-identity.js';
import type { Sql } from './sqlite-sql.js';
import type { SpeakerChoiceRows } from './store-types.js';

const MAX_SPEAKER_MATCHES = 20;

/**
 * The speakers and their written forms as the matcher needs them. Ingest and review only ever
 * add speakers and written forms (a correction points an attribution at another speaker, it never
 * renames one), so the index is read once and then topped up with the rows past the highest ids
 * seen, when the database may have changed: after our own insert, or when PRAGMA data_version
 * says another connection committed. A reviewer merging, renaming or removing speakers
 * (speaker-admin.ts) raises the speaker generation instead, and the index is read afresh.
 */
interface SpeakerIndex extends SpeakerMatchIndex {
  dataVersion: number;
  /**
   * The speakers' generation (settings 'speaker_generation'), raised by every merge, rename or
   * removal (speaker-admin.ts): rows changed or gone are not caught by a top-up past the highest
   * ids, so a new generation, committed here or by another connection, reads the index afresh.
   */
  generation: string | null;
  /** Set by our own inserts: read the new rows before the next match. */
  stale: boolean;
  maxId: number;
  maxAliasId: number;
  /** One per written form of a speaker ("Donald Trump", "Donald J. Trump" for one speaker). */
  candidates: FilterCandidate[];
  byId: Map<number, SpeakerRow>;
  /** Speaker id by the key of each exact written form. */
  byKey: Map<string, number>;
  /** People known only by a surname (no full name among their written forms). */
  surnameOnly: Set<number>;
  /** Typed name -> the speakers it means and comes close to; cleared when speakers are added. */
  matches: Map<string, SpeakerChoice>;
}

/** What the forgiving match holds in memory of the speakers, on either engine (see SpeakerIndex). */
export interface SpeakerMatchIndex {
  maxId: number;
  maxAliasId: number;
  candidates: FilterCandidate[];
  byId: Map<number, SpeakerRow>;
  byKey: Map<string, number>;
  surnameOnly: Set<number>;
  matches: Map<string, SpeakerChoice>;
}

/**
 * Adds the speakers and written forms stored since the index was last read (ids past maxId and
 * maxAliasId), on either engine: both read the same rows, so both choose the same speaker.
 */
export function topUpSpeakerIndex(index: SpeakerMatchIndex, added: readonly SpeakerRow[], aliases: readonly SpeakerAliasRow[]): void {
  for (const row of added) {
    index.maxId = row.id;
    // a description ("the company" of one article) is no entity a typed name should find:
    // there is one per article, and the filter would hold them all in memory
    if (row.key.includes(' @')) continue;
    index.byId.set(row.id, row);
    if (row.type === 'person' && parsePersonName(row.name)?.given === null) index.surnameOnly.add(row.id);
  }
  for (const alias of aliases) {
    index.maxAliasId = alias.id;
    const speaker = index.byId.get(alias.speakerId);
    if (!speaker) continue;
    index.candidates.push(toFilterCandidate(alias.speakerId, alias.name, speaker.type));
    if (alias.exact) index.byKey.set(alias.key, alias.speakerId);
    if (aliasPersonFields(alias.name, speaker.type).personKey !== null) index.surnameOnly.delete(alias.speakerId);
  }
  if (added.length > 0 || aliases.length > 0) index.matches.clear();
}

/**
 * The speakers of one SQLite connection: who a name is (created on first sight), the forgiving
 * match of a typed name over an index kept in memory, and the speakers' pages.
 */
export class SqliteSpeakers {
  private index: SpeakerIndex | null = null;

  constructor(private readonly sql: Sql) {}

  /**
   * The id of the speaker this name is (see resolveSpeaker: one speaker per person across
   * articles), created on first sight; null for a pronoun, which names nobody. Call inside a
   * transaction.
   */
  speakerIdFor(name: string, type: SourceType, articleNames: readonly string[] = [], articleId?: number): number | null {
    const id = new SqlSpeakerDirectory((text) => this.sql(text)).speakerIdFor(name, type, articleNames, articleId);
    if (this.index) this.index.stale = true;
    return id;
  }

  /**
   * Speakers were merged, renamed or removed (speaker-admin.ts): this connection reads its
   * speaker index afresh; other connections see the new speaker generation.
   */
  speakersReshaped(): void {
    this.index = null;
  }

  /** The names of the people an article quotes (a corrected bare surname is looked up among them). */
  articlePeople(articleId: number): string[] {
    return this
      .sql(
        `SELECT DISTINCT s.name FROM attributions a JOIN speakers s ON s.id = a.speaker_id
         WHERE a.article_id = ? AND s.type = 'person'`,
        'pluck',
      )
      .all(articleId) as string[];
  }

  /**
   * The speaker index, read when first needed and topped up only when speakers may have been
   * added: one cheap PRAGMA per call instead of a table read. A `saidby ingest` running beside
   * `saidby serve` commits many times a second; each top-up reads only the new rows.
   */
  private speakerIndex(): SpeakerIndex {
    const dataVersion = this.sql('PRAGMA data_version', 'pluck').get() as number;
    // No index yet, or a new speaker generation: start from nothing; the top-up reads every row.
    if (!this.index || this.index.dataVersion !== dataVersion) {
      const generation = (this.sql("SELECT value FROM settings WHERE key = 'speaker_generation'", 'pluck').get() as string | undefined) ?? null;
      if (!this.index || generation !== this.index.generation) {
        this.index = {
          dataVersion: -1,
          generation,
          stale: true,
          maxId: 0,
          maxAliasId: 0,
          candidates: [],
          byId: new Map(),
          byKey: new Map(),
          surnameOnly: new Set(),
          matches: new Map(),
        };
      }
    }
    const index = this.index;
    if (index.dataVersion === dataVersion && !index.stale) return index;
    // Written forms first, then speakers: a speaker row is committed with or before its forms,
    // so every form read here finds its speaker even while another process is storing more.
    const aliases = this
      .sql('SELECT id, speaker_id AS speakerId, name, key, exact FROM speaker_aliases WHERE id > ? ORDER BY id')
      .all(index.maxAliasId)
      .map((r) => SpeakerAliasRow.parse(r));
    const added = this
      .sql('SELECT id, name, key, type FROM speakers WHERE id > ? ORDER BY id')
      .all(index.maxId)
      .map((r) => SpeakerRow.parse(r));
    topUpSpeakerIndex(index, added, aliases);
    index.dataVersion = dataVersion;
    index.stale = false;
    return index;
  }

  /**
   * The speakers a typed name means and comes close to (see chooseSpeakers). Remembered per name
   * until the speakers change: the forgiving match runs over every written form once, and one
   * page view asks three times (list, count, "by ..." line).
   */
  choice(name: string, index = this.speakerIndex()): SpeakerChoice {
    let choice = index.matches.get(name);
    if (!choice) {
      choice = chooseSpeakers(name, index);
      if (index.matches.size >= 500) index.matches.clear();
      index.matches.set(name, choice);
    }
    return choice;
  }

  /** Speakers a typed name may mean, best match first ("Ric Grenell" -> Richard Grenell). */
  findSpeakers(name: string, limit = MAX_SPEAKER_MATCHES): SpeakerRow[] {
    const index = this.speakerIndex();
    return this.choice(name, index)
      .all.slice(0, limit)
      .flatMap((id) => index.byId.get(id) ?? []);
  }

  /**
   * The speaker a typed name means in the speaker filter ("trump" -> Donald Trump), and the close
   * speakers to offer instead ("Did you mean: Trump supporters, the Trump campaign").
   */
  speakerChoice(name: string): SpeakerChoiceRows {
    const index = this.speakerIndex();
    const choice = this.choice(name, index);
    const rows = (ids: number[]) => ids.flatMap((id) => index.byId.get(id) ?? []);
    return { chosen: rows(choice.chosen), didYouMean: rows(choice.suggestions) };
  }

  /** The other ways a speaker was written ("Donald J. Trump", "President Trump"), first seen first. */
  speakerAliases(id: number): string[] {
    const speaker = this.getSpeaker(id);
    const names = this.sql('SELECT name FROM speaker_aliases WHERE speaker_id = ? ORDER BY id', 'pluck').all(id) as string[];
    return names.filter((n) => n !== speaker.name);
  }

  getSpeaker(id: number): SpeakerRow {
    const row = this.sql('SELECT id, name, key, type FROM speakers WHERE id = ?').get(id);
    if (!row) throw new NotFoundError(`no speaker ${id}`);
    return SpeakerRow.parse(row);
  }

  /**
   * Speakers with how often they are quoted, most quoted first; `name` narrows forgivingly.
   * The counts are the ones the triggers keep (migration 2), read off one index. A speaker with
   * no records left (all rejected, moved to another speaker or deleted with their article) is
   * not listed.
   */
  listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }): SpeakerSummaryRow[] {
    const choice = options.name ? this.choice(options.name) : null;
    const ids = choice ? choice.all : null;
    if (ids && ids.length === 0) return [];
    const where = ids ? 'WHERE s.id IN (SELECT value FROM json_each(@ids))' : '';
    // The speaker the typed name means comes first ("grenel": Richard Grenell before Cornell
    // Belcher, who only sounds like it and is quoted more), then the most quoted.
    const rows = this
      .sql(
        `SELECT s.id, s.name, s.key, s.type, s.attribution_count AS attributions
         FROM speakers s ${where ? `${where} AND` : 'WHERE'} s.attribution_count > 0
         ORDER BY s.id IN (SELECT value FROM json_each(@chosen)) DESC, s.attribution_count DESC, s.name LIMIT @limit OFFSET @offset`,
      )
      .all({ ...(ids ? { ids: JSON.stringify(ids) } : {}), chosen: JSON.stringify(choice?.chosen ?? []), limit: options.limit, offset: options.offset ?? 0 });
    return rows.map((r) => SpeakerSummaryRow.parse(r));
  }

  /** How a speaker is quoted: totals by kind and the number of articles. */
  speakerStats(id: number): { attributions: number; articles: number; byKind: Record<string, number> } {
    this.getSpeaker(id);
    const kinds = this
      .sql("SELECT kind, count(*) AS n FROM attributions WHERE speaker_id = ? AND status <> 'rejected' GROUP BY kind")
      .all(id) as { kind: string; n: number }[];
    const articles = this
      .sql("SELECT count(DISTINCT article_id) AS n FROM attributions WHERE speaker_id = ? AND status <> 'rejected'")
      .get(id) as { n: number };
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    return { attributions: kinds.reduce((sum, k) => sum + k.n, 0), articles: articles.n, byKind };
  }
}
