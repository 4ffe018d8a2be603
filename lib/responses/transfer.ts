/**
 * The store as JSON Lines, and back: `npm run responses -- export` writes one
 * line per record (`{"type":"response",…}`, notes, flags, moderators, the
 * log, settings), and `import` reads such a file again, idempotently by id,
 * all in one transaction, so a file that fails half way imports nothing.
 */
import type { ResponsesDatabase } from './database'
import type { ResponsesSchema } from './schema'
import { numbers } from './store'

/** The tables exported, each with its record type and the columns that identify a row. */
const tables = {
  response: { table: 'responses', key: ['id'] },
  note: { table: 'notes', key: ['id'] },
  flag: { table: 'flags', key: ['response_id', 'writer'] },
  moderator: { table: 'moderators', key: ['name'] },
  log: { table: 'moderation_log', key: ['id'] },
  setting: { table: 'settings', key: ['scope'] }
} as const satisfies Record<string, { table: keyof ResponsesSchema; key: readonly string[] }>

type RecordType = keyof typeof tables

export async function* exportLines(db: ResponsesDatabase): AsyncGenerator<string> {
  for (const [type, { table }] of Object.entries(tables)) {
    const rows = await db.selectFrom(table).selectAll().execute()
    for (const row of rows) yield JSON.stringify({ type, ...numbers(row as Record<string, unknown>) })
  }
}

export interface ImportReport {
  imported: Record<RecordType, number>
  /** Lines already there (same id): left as they are. */
  skipped: number
}

/** Imports JSON Lines; throws, naming the line, on the first line it cannot read, and then nothing is imported. */
export async function importLines(db: ResponsesDatabase, text: string): Promise<ImportReport> {
  const records = text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => {
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch {
        throw new Error(`line ${number}: not JSON`)
      }
      const { type, ...row } = (value ?? {}) as { type?: string } & Record<string, unknown>
      if (!type || !(type in tables)) throw new Error(`line ${number}: unknown record type "${type}" (${Object.keys(tables).join(', ')})`)
      return { type: type as RecordType, row, number }
    })
  const imported = Object.fromEntries(Object.keys(tables).map((type) => [type, 0])) as Record<RecordType, number>
  let skipped = 0
  await db.transaction().execute(async (trx) => {
    for (const { type, row, number } of records) {
      const { table, key } = tables[type]
      try {
        const result = await trx
          .insertInto(table)
          .values(row as never)
          .onConflict((conflict) => conflict.columns(key as never).doNothing())
          .executeTakeFirst()
        if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) imported[type]++
        else skipped++
      } catch (error) {
        throw new Error(`line ${number}: ${error instanceof Error ? error.message : error}`)
      }
    }
  })
  return { imported, skipped }
}
