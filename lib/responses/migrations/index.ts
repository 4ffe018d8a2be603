/**
 * Every migration of the responses store, in order. Listed by hand rather
 * than read from the folder: the route bundles Next builds have no folder to
 * read. A new migration is a new file here and a line below; never edit one
 * that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './0001-responses'

const migrations: Record<string, Migration> = {
  '0001-responses': initial
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations
}
