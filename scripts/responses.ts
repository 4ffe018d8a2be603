/**
 * `npm run responses -- <command>`: the responses store from the command line.
 *   moderator add <name>      adds a moderator; prints a one-time sign-in link (15 minutes)
 *   moderator remove <name>   removes one and ends their sessions
 *   moderator list
 *   export                    every response, note and moderation record as JSON Lines, to standard output
 *   import <file> [--map <f>] reads such a file back, or a Disqus XML export or WordPress WXR file (threads mapped
 *                             to essays by the slug in their URL, or by the map: JSON {"<url>": "<slug>"});
 *                             idempotent by id; all or nothing; every comment it cannot place is listed
 *   forget-addresses          clears the salted address hashes older than 30 days (the server also does, hourly)
 * The database is the server's: RESPONSES_DB (SQLite) or DATABASE_URL (Postgres).
 */
import { readFileSync } from 'node:fs'
import { contentDir } from '@/lib/content/content-dir'
import { loadContent } from '@/lib/content/load-content'
import { placeComments, readCommentFile } from '@/lib/responses/comment-import'
import { databaseTarget, openDatabase } from '@/lib/responses/database'
import { moderators, signInLinkMinutes } from '@/lib/responses/moderators'
import { addressesKeptSince } from '@/lib/responses/privacy'
import { responseStore } from '@/lib/responses/store'
import { exportLines, importLines } from '@/lib/responses/transfer'
import { moderationSignInPath } from '@/lib/site/paths.mjs'
import { parseSiteUrl } from '@/lib/site/site-url.mjs'
import { essayVersion } from '@/lib/translations/block-hashes'

const usage =
  'usage: npm run responses -- moderator add|remove <name> | moderator list | export | import <file> [--map <file>] | forget-addresses'

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
      const [file, flag, mapFile] = rest
      if (!file || (flag !== undefined && (flag !== '--map' || !mapFile))) return fail(usage)
      const text = readFileSync(file, 'utf8')
      let lines = text
      if (text.trimStart().startsWith('<')) {
        const { format, comments } = readCommentFile(text)
        const { responses, unplaced } = placeComments(comments, { map: readMap(mapFile), essay: essayFacts() })
        console.log(`${file}: a ${format === 'disqus' ? 'Disqus' : 'WordPress'} export, ${comments.length} comment(s)`)
        for (const line of unplaced) console.log(`  not placed: ${line}`)
        lines = responses.map((response) => JSON.stringify({ type: 'response', ...response })).join('\n')
      }
      const report = await importLines(db, lines)
      const counts = Object.entries(report.imported).map(([type, count]) => `${count} ${type}(s)`)
      console.log(`Imported ${counts.join(', ')}; ${report.skipped} already there.`)
      return 0
    }
    if (command === 'forget-addresses') {
      await store.forgetAddresses(addressesKeptSince(new Date()))
      return 0
    }
    return fail(`Unknown command "${command}". ${usage}`)
  } finally {
    await db.destroy()
  }
}

/** The optional --map file: thread URLs to essay slugs, as a JSON object. */
function readMap(file: string | undefined): Map<string, string> {
  if (!file) return new Map()
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${file}: write a JSON object of "<thread URL>": "<essay slug>"`)
  return new Map(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

/** Each essay's source locale and block hashes, from content/. */
function essayFacts() {
  const content = loadContent(contentDir(), process.cwd())
  return (slug: string) => {
    const essay = content.essays.get(slug)
    return essay && { locale: essay.sourceLocale, sourceBlocks: essayVersion(essay.source).blocks.map((block) => block.hash) }
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
