/**
 * `npm run responses -- <command>`: the responses store from the command line.
 *   moderator add <name>      adds a moderator; prints a one-time sign-in link (15 minutes)
 *   moderator remove <name>   removes one and ends their sessions
 *   moderator list
 *   export                    every response, note and moderation record as JSON Lines, to standard output
 *   import <file>             reads such a file back (idempotent by id; all or nothing)
 *   forget-addresses          clears the salted address hashes older than 30 days
 * The database is the server's: RESPONSES_DB (SQLite) or DATABASE_URL (Postgres).
 */
import { readFileSync } from 'node:fs'
import { databaseTarget, openDatabase } from '@/lib/responses/database'
import { moderators, signInLinkMinutes } from '@/lib/responses/moderators'
import { responseStore } from '@/lib/responses/store'
import { exportLines, importLines } from '@/lib/responses/transfer'
import { moderationSignInPath } from '@/lib/site/paths.mjs'
import { parseSiteUrl } from '@/lib/site/site-url.mjs'

const usage = 'usage: npm run responses -- moderator add|remove <name> | moderator list | export | import <file> | forget-addresses'

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args
  if (!command) return fail(usage)
  const db = await openDatabase(databaseTarget())
  const store = responseStore(db)
  try {
    if (command === 'moderator') {
      const [what, name] = rest
      if (what === 'list') {
        for (const moderator of await moderators(store).list()) console.log(moderator)
        return 0
      }
      if (!name || (what !== 'add' && what !== 'remove')) return fail(usage)
      if (what === 'add') {
        const token = await moderators(store).add(name)
        console.log(`Sign-in link for ${name} (valid ${signInLinkMinutes} minutes, once):`)
        console.log(new URL(moderationSignInPath(token), parseSiteUrl(process.env.SITE_URL)).href)
        return 0
      }
      if (!(await moderators(store).remove(name))) return fail(`There is no moderator "${name}" (npm run responses -- moderator list).`)
      console.log(`Removed ${name}; their sessions are ended.`)
      return 0
    }
    if (command === 'export') {
      for await (const line of exportLines(db)) process.stdout.write(`${line}\n`)
      return 0
    }
    if (command === 'import') {
      const [file] = rest
      if (!file) return fail(usage)
      const report = await importLines(db, readFileSync(file, 'utf8'))
      const counts = Object.entries(report.imported).map(([type, count]) => `${count} ${type}(s)`)
      console.log(`Imported ${counts.join(', ')}; ${report.skipped} already there.`)
      return 0
    }
    if (command === 'forget-addresses') {
      await store.forgetAddresses(new Date(Date.now() - 30 * 24 * 3600_000).toISOString())
      return 0
    }
    return fail(`Unknown command "${command}". ${usage}`)
  } finally {
    await db.destroy()
  }
}

function fail(message: string): number {
  console.error(message)
  return 1
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
)
