import type pg from 'pg';
import type { SourceType } from '../../schema/attribution.js';
import {
  aliasKey,
  aliasPersonFields,
  givenNameForms,
  isDescription,
  parsePersonName,
  personKey,
  resolveSpeaker,
  type AliasEntry,
  type SpeakerDirectory,
} from '../speaker-identity.js';
import { phoneticCodesOf } from './copy-from-sqlite.js';

/**
 * Who a speaker name is, on PostgreSQL: the same resolver as on SQLite (speaker-identity.ts),
 * asked synchronously over the written forms it can need for one article, read in one query
 * beforehand, and told of the speakers and forms stored meanwhile.
 *
 * Every write to speakers and their written forms holds SPEAKER_LOCK until its transaction
 * ends: two servers storing "Donald J. Trump" at once would otherwise each find no one and
 * create him twice, and the speaker index (speakers.ts) would miss a row whose id was taken
 * before another's but committed after it. SQLite gets both from its single writer.
 */
export const SPEAKER_LOCK = 7_261_846;

interface LoadedAlias extends AliasEntry {
  key: string;
  personKey: string | null;
  surname: string | null;
  exact: boolean;
}

/** A speaker name as it is to be resolved: the name and its type. */
export interface NameToResolve {
  name: string;
  type: SourceType;
}

/** The keys, person keys and surnames resolveSpeaker may ask about for these names. */
function lookups(names: readonly NameToResolve[], articleNames: readonly string[], articleId: number | undefined) {
  const keys = new Set<string>();
  const personKeys = new Set<string>();
  const surnames = new Set<string>();
  const all = [...names, ...articleNames.map((name) => ({ name, type: 'person' as SourceType }))];
  for (const { name, type } of all) {
    keys.add(aliasKey(name));
    if (articleId !== undefined && isDescription(name)) keys.add(`${aliasKey(name)} @${articleId}`);
    const person = type === 'person' ? parsePersonName(name) : null;
    if (person === null) continue;
    surnames.add(person.surname);
    if (person.given !== null) for (const given of givenNameForms(person.given)) personKeys.add(personKey({ ...person, given })!);
  }
  return { keys: [...keys], personKeys: [...personKeys], surnames: [...surnames] };
}

/** The written forms one article's names can touch, answered from memory. */
class LoadedDirectory implements SpeakerDirectory {
  constructor(readonly aliases: LoadedAlias[]) {}
  byKey(key: string): number | null {
    return this.aliases.find((a) => a.exact && a.key === key)?.speakerId ?? null;
  }
  byPersonKeys(keys: readonly string[]): AliasEntry[] {
    return this.aliases.filter((a) => a.personKey !== null && keys.includes(a.personKey));
  }
  bySurname(surname: string): AliasEntry[] {
    return this.aliases.filter((a) => a.surname === surname);
  }
  fullNamesOf(speakerId: number): string[] {
    return this.aliases.filter((a) => a.speakerId === speakerId && a.personKey !== null).map((a) => a.name);
  }
}

/**
 * The speaker ids of `names` (null for a pronoun), stored as needed, as SQLite's
 * SqlSpeakerDirectory.speakerIdFor would answer them one by one. `client` must be inside a
 * transaction; this takes SPEAKER_LOCK for the rest of it. Every written form of each speaker
 * any name could be is read (they are few per speaker), so each question the resolver asks has
 * its complete answer in memory.
 */
export async function resolveSpeakerIds(
  client: pg.PoolClient,
  names: readonly NameToResolve[],
  articleNames: readonly string[],
  articleId?: number,
): Promise<(number | null)[]> {
  if (names.length === 0) return [];
  await client.query('SELECT pg_advisory_xact_lock($1)', [SPEAKER_LOCK]);
  const { keys, personKeys, surnames } = lookups(names, articleNames, articleId);
  const { rows } = await client.query<LoadedAlias>(
    `SELECT speaker_id AS "speakerId", name, key, person_key AS "personKey", surname, exact = 1 AS exact
     FROM speaker_aliases WHERE speaker_id IN (
       SELECT speaker_id FROM speaker_aliases
       WHERE (exact = 1 AND key = ANY($1::text[])) OR person_key = ANY($2::text[]) OR surname = ANY($3::text[]))
     ORDER BY id`,
    [keys, personKeys, surnames],
  );
  const dir = new LoadedDirectory(rows);

  const addAlias = async (speakerId: number, name: string, type: SourceType, exact: boolean, key = aliasKey(name)): Promise<void> => {
    const fields = aliasPersonFields(name, type);
    const owner = exact ? dir.byKey(key) : null;
    const isExact = exact && (owner === null || owner === speakerId);
    const inserted = await client.query(
      `INSERT INTO speaker_aliases (speaker_id, name, key, person_key, surname, exact, phonetic) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING`,
      [speakerId, name.trim(), key, fields.personKey, fields.surname, isExact ? 1 : 0, phoneticCodesOf(name)],
    );
    if ((inserted.rowCount ?? 0) > 0) dir.aliases.push({ speakerId, name: name.trim(), key, ...fields, exact: isExact });
  };
  const create = async (name: string, type: SourceType, key = aliasKey(name)): Promise<number> => {
    const { rows: made } = await client.query<{ id: number }>('INSERT INTO speakers (name, key, type) VALUES ($1, $2, $3) RETURNING id', [
      name.trim(),
      key,
      type,
    ]);
    const id = made[0]!.id;
    await addAlias(id, name, type, true, key);
    return id;
  };

  // A speaker quoted five times in an article is resolved once.
  const memo = new Map<string, number | null>();
  const out: (number | null)[] = [];
  for (const { name, type } of names) {
    const memoKey = `${type}\u0000${name}`;
    if (memo.has(memoKey)) {
      out.push(memo.get(memoKey)!);
      continue;
    }
    const resolution = resolveSpeaker(name, type, articleNames, dir, articleId);
    let id: number | null;
    if (resolution === null) id = null;
    else if ('id' in resolution) {
      if (!resolution.seen) await addAlias(resolution.id, name, type, resolution.exact);
      id = resolution.id;
    } else {
      const key = resolution.key ?? aliasKey(resolution.create);
      id = dir.byKey(key) ?? (await create(resolution.create, type, key));
      // A bare surname joined to its article's full name is shown with it, never looked up by key.
      if (resolution.key === undefined && aliasKey(resolution.create) !== aliasKey(name)) await addAlias(id, name, type, false);
    }
    memo.set(memoKey, id);
    out.push(id);
  }
  return out;
}
