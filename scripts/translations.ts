/**
 * `npm run translations -- stamp essay <slug> <locale>`
 * `npm run translations -- stamp term <term-id> <locale>`
 * `npm run translations -- stamp --all`
 *
 * Marks a translation as following the current version of its source (for a
 * glossary entry: the default locale's entry), by writing the source's block
 * hashes into the translation's front matter as `sourceBlocks`. Run it once
 * the translation has been brought up to date. `npm run check:content` lists
 * the translations whose source changed since.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentDir } from '@/lib/content/content-dir'
import { originalOf } from '@/lib/content/essays'
import { loadContent } from '@/lib/content/load-content'
import { ContentError, formatProblem } from '@/lib/content/problems'
import type { Content, Stamp } from '@/lib/content/types'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { entryVersion, essayVersion, stampOf } from '@/lib/translations/block-hashes'
import { withStamp } from '@/lib/translations/stamp-file'

const usage = `usage: npm run translations -- stamp essay <slug> <locale>
       npm run translations -- stamp term <term-id> <locale>
       npm run translations -- stamp --all`

interface Stampable {
  /** Project-relative path of the translation. */
  file: string
  stamp: Stamp
}

/** Every translation of the content, with the hashes of its source as it is now. */
function stampables(content: Content): Map<string, Stampable> {
  const found = new Map<string, Stampable>()
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      if (!file.translatedFrom) continue
      found.set(`essay ${essay.slug} ${file.locale}`, { file: file.file, stamp: stampOf(essayVersion(originalOf(essay, file))) })
    }
  }
  for (const term of content.terms.values()) {
    const source = term.entries[defaultLocale]
    if (!source) continue
    const stamp = stampOf(entryVersion(source))
    for (const entry of Object.values(term.entries)) {
      if (entry !== source) found.set(`term ${term.id} ${entry.locale}`, { file: entry.file, stamp })
    }
  }
  return found
}

function stamp({ file, stamp }: Stampable) {
  const absolute = path.resolve(file)
  try {
    writeFileSync(absolute, withStamp(readFileSync(absolute, 'utf8'), stamp))
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`)
  }
  console.log(`Stamped ${file} (${Object.keys(stamp.fields).length} fields, ${stamp.blocks.length} blocks of its source).`)
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const [command, kind, id, locale] = process.argv.slice(2)
if (command !== 'stamp') fail(usage)
let content: Content
try {
  content = loadContent(contentDir(), process.cwd())
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  fail(`Fix the content first:\n${error.problems.map(formatProblem).join('\n')}`)
}
const all = stampables(content)
if (kind === '--all') {
  for (const target of all.values()) stamp(target)
} else {
  if ((kind !== 'essay' && kind !== 'term') || !id || !isLocale(locale)) fail(usage)
  const target = all.get(`${kind} ${id} ${locale}`)
  if (!target) {
    const what = kind === 'essay' ? content.essays.get(id) : content.terms.get(id)
    fail(
      what
        ? `${kind} ${id} has no translation in ${locale} to stamp (the source, or the default locale's entry, is never stamped).`
        : `There is no ${kind} "${id}" in ${path.relative(process.cwd(), contentDir())}.`
    )
  }
  stamp(target)
}
