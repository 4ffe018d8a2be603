/** The first version of the responses store: responses, private notes, flags, moderation and the server's secrets. */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('essay', 'text', (column) => column.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('block', 'integer')
    .addColumn('source_blocks', 'text', (column) => column.notNull())
    .addColumn('quote', 'text')
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('name', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('writer', 'text', (column) => column.notNull())
    .addColumn('address', 'text')
    .addColumn('flags', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('responses_by_essay').on('responses').columns(['essay', 'status', 'created_at']).execute()
  await db.schema.createIndex('responses_by_writer').on('responses').columns(['writer', 'created_at']).execute()
  await db.schema.createIndex('responses_by_address').on('responses').columns(['address', 'created_at']).execute()

  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('essay', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('phrase', 'text')
    .addColumn('block', 'integer')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('writer', 'text', (column) => column.notNull())
    .addColumn('address', 'text')
    .addColumn('done', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute()

  await db.schema
    .createTable('flags')
    .addColumn('response_id', 'text', (column) => column.notNull())
    .addColumn('writer', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('flags_once', ['response_id', 'writer'])
    .execute()

  await db.schema
    .createTable('moderators')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute()
  await db.schema
    .createTable('sign_in_links')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('moderator', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('moderator', 'text', (column) => column.notNull())
    .addColumn('csrf', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute()
  await db.schema
    .createTable('moderation_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('moderator', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute()
  await db.schema
    .createTable('settings')
    .addColumn('scope', 'text', (column) => column.primaryKey())
    .addColumn('policy', 'text')
    .addColumn('closed', 'integer', (column) => column.notNull().defaultTo(0))
    .execute()
  await db.schema
    .createTable('secrets')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute()
}
