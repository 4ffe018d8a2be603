/**
 * Every query of the responses store, one function each, the same on SQLite
 * and Postgres. Writes are committed when the promise resolves: a caller
 * tells a reader "received" only after that.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Insertable, Selectable } from 'kysely'
import type { ResponsesDatabase } from './database'
import type { NoteKind, NotesTable, Policy, ResponseStatus, ResponsesSchema, ResponsesTable } from './schema'

export type ResponseRow = Selectable<ResponsesTable>
export type NoteRow = Selectable<NotesTable>
export type NewResponse = Omit<Insertable<ResponsesTable>, 'flags'>
export type NewNote = Omit<Insertable<NotesTable>, 'done'>

/** After this many readers flag a published response, it goes back to the queue. */
export const flagsToHold = 3

/** A random id: 16 bytes as base64url, with a prefix that says what it names. */
export function newId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('base64url')}`
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

const now = () => new Date().toISOString()

// A secret never changes once made: each database's are read once per process.
const secrets = new WeakMap<ResponsesDatabase, Map<string, Promise<string>>>()

export function responseStore(db: ResponsesDatabase) {
  return {
    db,

    async addResponse(response: NewResponse): Promise<ResponseRow> {
      return numbers(await db.insertInto('responses').values(response).returningAll().executeTakeFirstOrThrow())
    },

    async response(id: string): Promise<ResponseRow | undefined> {
      return db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirst().then(numbers)
    },

    /** An essay's responses with one of `statuses` (published ones by default), oldest first. */
    async responsesOf(essay: string, statuses: readonly ResponseStatus[] = ['published']): Promise<ResponseRow[]> {
      const rows = await db
        .selectFrom('responses')
        .selectAll()
        .where('essay', '=', essay)
        .where('status', 'in', statuses)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map((row) => numbers(row) as ResponseRow)
    },

    /** Every essay's published responses, newest first (the publication's feed). */
    async latestPublished(limit: number): Promise<ResponseRow[]> {
      const rows = await db
        .selectFrom('responses')
        .selectAll()
        .where('status', '=', 'published')
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute()
      return rows.map((row) => numbers(row) as ResponseRow)
    },

    /** The responses waiting for a moderator: held ones, flagged ones included, oldest first. */
    async queue(): Promise<ResponseRow[]> {
      const rows = await db.selectFrom('responses').selectAll().where('status', '=', 'held').orderBy('created_at').execute()
      return rows.map((row) => numbers(row) as ResponseRow)
    },

    async edit(id: string, changes: { body?: string; name?: string | null }): Promise<void> {
      await db
        .updateTable('responses')
        .set({ ...changes, updated_at: now() })
        .where('id', '=', id)
        .execute()
    },

    async setStatus(ids: readonly string[], status: ResponseStatus): Promise<void> {
      if (ids.length === 0) return
      await db.updateTable('responses').set({ status, updated_at: now() }).where('id', 'in', ids).execute()
    },

    /**
     * What the checks before a post need to know of its sender, in one round
     * trip (under load, each round trip waits for a pooled connection): how
     * many responses and notes came from the writer and from the address since
     * a time, whether the writer has a published response, and whether a
     * moderator blocked them.
     */
    async senderHistory(writer: string, address: string | undefined, since: string) {
      const row = await db
        .selectNoFrom((eb) => {
          const count = (table: 'responses' | 'notes', column: 'writer' | 'address', value: string) =>
            eb.selectFrom(table).select(eb.fn.countAll().as('count')).where(column, '=', value).where('created_at', '>=', since)
          return [
            count('responses', 'writer', writer).as('writerResponses'),
            count('notes', 'writer', writer).as('writerNotes'),
            count('responses', 'address', address ?? '').as('addressResponses'),
            count('notes', 'address', address ?? '').as('addressNotes'),
            eb
              .selectFrom('responses')
              .select(eb.fn.countAll().as('count'))
              .where('writer', '=', writer)
              .where('status', '=', 'published')
              .as('published'),
            eb.selectFrom('settings').select('closed').where('scope', '=', `writer:${writer}`).as('blocked')
          ]
        })
        .executeTakeFirstOrThrow()
      return {
        byWriter: Number(row.writerResponses) + Number(row.writerNotes),
        byAddress: address ? Number(row.addressResponses) + Number(row.addressNotes) : 0,
        hasPublished: Number(row.published) > 0,
        blocked: Number(row.blocked ?? 0) === 1
      }
    },

    /** Whether this essay already has a response with this very text (not a rejected or deleted one). */
    async hasSameText(essay: string, body: string): Promise<boolean> {
      const row = await db
        .selectFrom('responses')
        .select('id')
        .where('essay', '=', essay)
        .where('body', '=', body)
        .where('status', 'in', ['published', 'held'])
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },

    /** A reader's flag, once per writer; the third sends a published response back to the queue. */
    async flag(id: string, writer: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const added = await trx
          .insertInto('flags')
          .values({ response_id: id, writer, created_at: now() })
          .onConflict((conflict) => conflict.doNothing())
          .executeTakeFirst()
        if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) return
        await trx
          .updateTable('responses')
          .set((eb) => ({ flags: eb('flags', '+', 1) }))
          .where('id', '=', id)
          .execute()
        await trx
          .updateTable('responses')
          .set({ status: 'held' })
          .where('id', '=', id)
          .where('status', '=', 'published')
          .where('flags', '>=', flagsToHold)
          .execute()
      })
    },

    async addNote(note: NewNote): Promise<void> {
      await db.insertInto('notes').values(note).execute()
    },

    async openNotes(): Promise<NoteRow[]> {
      const rows = await db.selectFrom('notes').selectAll().where('done', '=', 0).orderBy('created_at').execute()
      return rows.map((row) => numbers(row) as NoteRow)
    },

    async closeNotes(ids: readonly string[]): Promise<void> {
      if (ids.length) await db.updateTable('notes').set({ done: 1 }).where('id', 'in', ids).execute()
    },

    /** Readers' "What does this phrase mean?" questions, counted per phrase (and essay), most asked first. */
    async termQuestions(essay?: string): Promise<{ essay: string; phrase: string; count: number }[]> {
      let query = db
        .selectFrom('notes')
        .select(['essay', 'phrase', (eb) => eb.fn.countAll().as('count')])
        .where('kind', '=', 'term-question' satisfies NoteKind)
        .where('phrase', 'is not', null)
        .groupBy(['essay', 'phrase'])
      if (essay) query = query.where('essay', '=', essay)
      const rows = await query.execute()
      return rows
        .map((row) => ({ essay: row.essay, phrase: row.phrase ?? '', count: Number(row.count) }))
        .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase))
    },

    /** The policy that applies to an essay (its own, else the publication's, else `fallback`) and whether it is closed. */
    async settingsFor(essay: string, fallback: Policy): Promise<{ policy: Policy; closed: boolean }> {
      const rows = await db
        .selectFrom('settings')
        .selectAll()
        .where('scope', 'in', ['publication', `essay:${essay}`])
        .execute()
      const own = rows.find((row) => row.scope === `essay:${essay}`)
      const publication = rows.find((row) => row.scope === 'publication')
      return { policy: own?.policy ?? publication?.policy ?? fallback, closed: Number(own?.closed ?? 0) === 1 }
    },

    async setSettings(scope: string, settings: { policy?: Policy | null; closed?: boolean }): Promise<void> {
      const values = {
        ...(settings.policy !== undefined ? { policy: settings.policy } : {}),
        ...(settings.closed !== undefined ? { closed: settings.closed ? 1 : 0 } : {})
      }
      await db
        .insertInto('settings')
        .values({ scope, ...values })
        .onConflict((conflict) => conflict.column('scope').doUpdateSet(values))
        .execute()
    },

    async log(moderator: string, action: string, target: string): Promise<void> {
      await db
        .insertInto('moderation_log')
        .values({ id: newId('l_'), moderator, action, target, at: now() })
        .execute()
    },

    async logEntries(limit = 50) {
      return db.selectFrom('moderation_log').selectAll().orderBy('at', 'desc').limit(limit).execute()
    },

    /** A secret of the server (the edit keys' signing key), made on first use and the same for every instance; kept once read. */
    async secret(name: string): Promise<string> {
      const known = secrets.get(db) ?? new Map<string, Promise<string>>()
      secrets.set(db, known)
      let value = known.get(name)
      if (!value) {
        value = (async () => {
          await db
            .insertInto('secrets')
            .values({ name, value: randomBytes(32).toString('base64url') })
            .onConflict((conflict) => conflict.column('name').doNothing())
            .execute()
          return (await db.selectFrom('secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow()).value
        })()
        known.set(name, value)
        value.catch(() => known.delete(name))
      }
      return value
    },

    /** Privacy: addresses are kept as salted hashes for rate limits only, and cleared when older than `before`. */
    async forgetAddresses(before: string): Promise<void> {
      await db.updateTable('responses').set({ address: null }).where('created_at', '<', before).execute()
      await db.updateTable('notes').set({ address: null }).where('created_at', '<', before).execute()
    }
  }
}

export type ResponseStore = ReturnType<typeof responseStore>
export type { ResponsesSchema }

/** Postgres returns integers of some types as strings: the store's rows (and exported records) always carry numbers. */
export function numbers<Row extends Record<string, unknown> | undefined>(row: Row): Row {
  if (!row) return row
  const converted: Record<string, unknown> = { ...row }
  for (const key of ['block', 'flags', 'done', 'closed'] as const) {
    if (key in converted && converted[key] !== null && converted[key] !== undefined) converted[key] = Number(converted[key])
  }
  return converted as Row
}
