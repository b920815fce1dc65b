import type pg from 'pg';
import { NotFoundError } from '../errors.js';
import { SpeakerAliasRow, SpeakerRow, SpeakerSummaryRow } from '../rows.js';
import { chooseSpeakers, type SpeakerChoice } from '../speaker-choice.js';
import { topUpSpeakerIndex, type SpeakerMatchIndex } from '../speakers.js';
import type { SpeakerChoiceRows } from '../store-types.js';
import type { Queryable } from './transaction.js';

const MAX_SPEAKER_MATCHES = 20;

/**
 * The speakers as the forgiving filter needs them, held in memory by each app server exactly
 * as SQLite's speakers.ts holds them, so both backends choose the same speaker for a typed name.
 * Kept current across servers: ingest and review only add rows, under SPEAKER_LOCK, so ids
 * arrive in commit order and a top-up reads the rows past the highest ids seen; a merge, rename
 * or removal raises the speaker generation (settings), and the index is read afresh.
 */
interface PgSpeakerIndex extends SpeakerMatchIndex {
  generation: string | null;
}

function emptyIndex(generation: string | null): PgSpeakerIndex {
  return { generation, maxId: 0, maxAliasId: 0, candidates: [], byId: new Map(), byKey: new Map(), surnameOnly: new Set(), matches: new Map() };
}

export class PgSpeakers {
  private index: PgSpeakerIndex | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /** The check (and top-up) running now, and the one queued behind it. */
  private running: Promise<PgSpeakerIndex> | null = null;
  private queued: Promise<PgSpeakerIndex> | null = null;

  /**
   * The index as of a check begun after this call: one runs at a time, and the calls that
   * arrive meanwhile share the next. Each check reading and adding the same rows at once (32
   * requests on a cold server) put every written form in the index 32 times: a gigabyte, and
   * every later match 32 times as slow.
   */
  private speakerIndex(): Promise<PgSpeakerIndex> {
    if (!this.running) return this.check();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.check();
      });
    return this.queued;
  }

  private check(): Promise<PgSpeakerIndex> {
    const run = this.topUp().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  /**
   * The index, topped up: one small query says whether anything was added or reshaped since;
   * only then are the new rows read.
   */
  private async topUp(): Promise<PgSpeakerIndex> {
    const { rows } = await this.pool.query<{ generation: string | null; speaker: number | null; alias: number | null }>(
      `SELECT (SELECT value FROM settings WHERE key = 'speaker_generation') AS generation,
              (SELECT max(id) FROM speakers) AS speaker, (SELECT max(id) FROM speaker_aliases) AS alias`,
    );
    const state = rows[0]!;
    if (!this.index || this.index.generation !== state.generation) this.index = emptyIndex(state.generation);
    const index = this.index;
    if ((state.speaker ?? 0) <= index.maxId && (state.alias ?? 0) <= index.maxAliasId) return index;
    // Written forms first, then speakers: a speaker is committed with or before its forms.
    const aliases = (
      await this.pool.query('SELECT id, speaker_id AS "speakerId", name, key, exact FROM speaker_aliases WHERE id > $1 ORDER BY id', [index.maxAliasId])
    ).rows.map((r) => SpeakerAliasRow.parse(r));
    const added = (await this.pool.query('SELECT id, name, key, type FROM speakers WHERE id > $1 ORDER BY id', [index.maxId])).rows.map((r) =>
      SpeakerRow.parse(r),
    );
    topUpSpeakerIndex(index, added, aliases);
    return index;
  }

  /** The speakers a typed name means and comes close to (see chooseSpeakers), remembered per name until the speakers change. */
  async choice(name: string): Promise<SpeakerChoice> {
    const index = await this.speakerIndex();
    return this.choiceIn(index, name);
  }

  private choiceIn(index: PgSpeakerIndex, name: string): SpeakerChoice {
    let choice = index.matches.get(name);
    if (!choice) {
      choice = chooseSpeakers(name, index);
      if (index.matches.size >= 500) index.matches.clear();
      index.matches.set(name, choice);
    }
    return choice;
  }

  /** Speakers a typed name may mean, best match first. */
  async findSpeakers(name: string, limit = MAX_SPEAKER_MATCHES): Promise<SpeakerRow[]> {
    const index = await this.speakerIndex();
    return this.choiceIn(index, name)
      .all.slice(0, limit)
      .flatMap((id) => index.byId.get(id) ?? []);
  }

  /** The speaker a typed name means in the speaker filter, and the close speakers to offer instead. */
  async speakerChoice(name: string): Promise<SpeakerChoiceRows> {
    const index = await this.speakerIndex();
    const choice = this.choiceIn(index, name);
    const rows = (ids: number[]) => ids.flatMap((id) => index.byId.get(id) ?? []);
    return { chosen: rows(choice.chosen), didYouMean: rows(choice.suggestions) };
  }

  /** Speakers changed shape here (merge, rename, removal): read the index afresh. */
  reshaped(): void {
    this.index = null;
  }
}

export async function getSpeaker(q: Queryable, id: number): Promise<SpeakerRow> {
  const { rows } = await q.query('SELECT id, name, key, type FROM speakers WHERE id = $1', [id]);
  if (!rows[0]) throw new NotFoundError(`no speaker ${id}`);
  return SpeakerRow.parse(rows[0]);
}

/** The other ways a speaker was written, first seen first. */
export async function speakerAliases(q: Queryable, id: number): Promise<string[]> {
  const speaker = await getSpeaker(q, id);
  const { rows } = await q.query<{ name: string }>('SELECT name FROM speaker_aliases WHERE speaker_id = $1 ORDER BY id', [id]);
  return rows.map((r) => r.name).filter((n) => n !== speaker.name);
}

/**
 * Speakers with how often they are quoted (the kept counts), most quoted first; `ids` narrows
 * to the speakers a typed name matched, `chosen` (the one it means) coming first. Names tie-break in code-point order, as SQLite's BINARY.
 */
export async function listSpeakers(q: Queryable, ids: number[] | null, limit: number, offset = 0, chosen: readonly number[] = []): Promise<SpeakerSummaryRow[]> {
  if (ids && ids.length === 0) return [];
  const params: unknown[] = [limit, offset];
  const where = ids ? `s.id = ANY($${params.push(ids)}::integer[]) AND` : '';
  // the speaker the typed name means first, as on SQLite
  const first = `s.id = ANY($${params.push([...chosen])}::integer[]) DESC,`;
  const { rows } = await q.query(
    `SELECT s.id, s.name, s.key, s.type, s.attribution_count AS attributions FROM speakers s
     WHERE ${where} s.attribution_count > 0 ORDER BY ${first} s.attribution_count DESC, s.name COLLATE "C" LIMIT $1 OFFSET $2`,
    params,
  );
  return rows.map((r) => SpeakerSummaryRow.parse(r));
}

/** How a speaker is quoted: totals by kind and the number of articles. */
export async function speakerStats(q: Queryable, id: number): Promise<{ attributions: number; articles: number; byKind: Record<string, number> }> {
  await getSpeaker(q, id);
  const kinds = (
    await q.query<{ kind: string; n: number }>(
      "SELECT kind, count(*)::integer AS n FROM attributions WHERE speaker_id = $1 AND status <> 'rejected' GROUP BY kind ORDER BY kind",
      [id],
    )
  ).rows;
  const articles = (
    await q.query<{ n: number }>("SELECT count(DISTINCT article_id)::integer AS n FROM attributions WHERE speaker_id = $1 AND status <> 'rejected'", [id])
  ).rows[0]!.n;
  return { attributions: kinds.reduce((sum, k) => sum + k.n, 0), articles, byKind: Object.fromEntries(kinds.map((k) => [k.kind, k.n])) };
}

/** The names of the people an article quotes (a corrected bare surname is looked up among them). */
export async function articlePeople(q: Queryable, articleId: number): Promise<string[]> {
  const { rows } = await q.query<{ name: string }>(
    `SELECT DISTINCT s.name FROM attributions a JOIN speakers s ON s.id = a.speaker_id WHERE a.article_id = $1 AND s.type = 'person' ORDER BY s.name`,
    [articleId],
  );
  return rows.map((r) => r.name);
}
