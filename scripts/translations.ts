/**
 * Translators' commands (`npm run translations -- <command>`):
 *
 *   stamp essay <slug> <locale>        mark a translation as following its source's current version
 *   stamp term <term-id> <locale>      (a glossary entry: against the default locale's entry)
 *   stamp --all                        every translation
 *   export xliff <locale> [--out <file>] [--only missing|outdated] [--essay <slug>]… [--term <term-id>]… [--from <locale>]
 *                                      the texts to translate into <locale> as XLIFF 2.0 (standard output without --out)
 *   import <file>                      an XLIFF 2.0 file back into the Markdown, stamping what it wrote
 *   export tbx [--out <file>]          the glossary as TBX-Basic
 *   import tbx <file>                  term entries from a TBX file, created or updated
 *
 * Imports are all or nothing: every problem is listed, one line each, and no
 * file is written. `npm run check:content` lists what is outdated afterwards.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { contentDir } from '@/lib/content/content-dir'
import { loadContent } from '@/lib/content/load-content'
import { ContentError, formatProblem } from '@/lib/content/problems'
import type { Content, Stamp } from '@/lib/content/types'
import { isLocale, type Locale, locales } from '@/lib/i18n/locales'
import { stampOf } from '@/lib/translations/block-hashes'
import { type FileWrite, ImportRefused } from '@/lib/translations/file-writes'
import { withStamp } from '@/lib/translations/stamp-file'
import { entryTranslation, essayTranslation } from '@/lib/translations/status'
import { exportTbx } from '@/lib/translations/tbx-export'
import { importTbx } from '@/lib/translations/tbx-import'
import { exportXliff, type UnitFilter } from '@/lib/translations/xliff-export'
import { importXliff } from '@/lib/translations/xliff-import'

const usage = `usage: npm run translations -- stamp essay <slug> <locale>
       npm run translations -- stamp term <term-id> <locale>
       npm run translations -- stamp --all
       npm run translations -- export xliff <locale> [--out <file>] [--only missing|outdated] [--essay <slug>]… [--term <term-id>]… [--from <locale>]
       npm run translations -- import <file>
       npm run translations -- export tbx [--out <file>]
       npm run translations -- import tbx <file>`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function load(): Content {
  try {
    return loadContent(contentDir(), process.cwd())
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    fail(`Fix the content first:\n${error.problems.map(formatProblem).join('\n')}`)
  }
}

const readProjectFile = (file: string) => (existsSync(path.resolve(file)) ? readFileSync(path.resolve(file), 'utf8') : undefined)

function readInput(file: string | undefined): string {
  if (!file) fail(usage)
  if (!existsSync(file)) fail(`${file}: no such file`)
  return readFileSync(file, 'utf8')
}

/** A document to `--out`, or to standard output; what was done goes to standard error either way. */
function emit(text: string, out: string | undefined, what: string) {
  if (out) {
    writeFileSync(out, text)
    console.error(`Wrote ${out}: ${what}.`)
  } else {
    process.stdout.write(text)
    console.error(`${what}.`)
  }
}

function writeAll(writes: readonly FileWrite[], notes: readonly string[]) {
  for (const { file, text, summary } of writes) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    writeFileSync(path.resolve(file), text)
    console.log(`Wrote ${file}: ${summary}.`)
  }
  if (writes.length === 0) console.log('No file changed.')
  for (const note of notes) console.log(`  ${note}`)
}

function refused(error: unknown): never {
  if (error instanceof ImportRefused) fail(error.message)
  throw error
}

// ---------------------------------------------------------------- stamp

interface Stampable {
  /** Project-relative path of the translation. */
  file: string
  stamp: Stamp
}

/** Every translation of the content, with the stamp of its source as it is now. */
function stampables(content: Content): Map<string, Stampable> {
  const found = new Map<string, Stampable>()
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      const translation = essayTranslation(essay, file.locale)
      if (translation) found.set(`essay ${essay.slug} ${file.locale}`, { file: file.file, stamp: stampOf(translation.source) })
    }
  }
  for (const term of content.terms.values()) {
    for (const entry of Object.values(term.entries)) {
      const translation = entryTranslation(term, entry.locale)
      if (translation) found.set(`term ${term.id} ${entry.locale}`, { file: entry.file, stamp: stampOf(translation.source) })
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

function stampCommand(kind: string | undefined, id: string | undefined, locale: string | undefined) {
  const content = load()
  const all = stampables(content)
  if (kind === '--all') {
    for (const target of all.values()) stamp(target)
    return
  }
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

// ---------------------------------------------------------------- export and import

function localeArgument(value: string | undefined, what: string): Locale {
  if (!isLocale(value)) fail(`${what}: "${value ?? ''}" is not a locale (${locales.join(', ')})\n${usage}`)
  return value
}

function exportXliffCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      only: { type: 'string', multiple: true },
      essay: { type: 'string', multiple: true },
      term: { type: 'string', multiple: true },
      from: { type: 'string' }
    }
  })
  const locale = localeArgument(positionals[0], 'export xliff <locale>')
  const only = (values.only ?? []).flatMap((value) => value.split(','))
  for (const filter of only) if (filter !== 'missing' && filter !== 'outdated') fail(`--only: "${filter}" is neither missing nor outdated`)
  const content = load()
  try {
    const result = exportXliff(content, locale, {
      only: only as UnitFilter[],
      essays: values.essay,
      terms: values.term,
      from: values.from === undefined ? undefined : localeArgument(values.from, '--from')
    })
    for (const line of result.leftOut) console.error(`  left out: ${line}`)
    emit(result.xml, values.out, `${result.units} unit(s) in ${result.document.files.length} file(s) to translate into ${locale}`)
  } catch (error) {
    fail((error as Error).message)
  }
}

function exportTbxCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } })
  const result = exportTbx(load())
  emit(result.xml, values.out, `${result.concepts} concept(s) in ${result.languages} language(s)`)
}

const [command, ...rest] = process.argv.slice(2)
if (command === 'stamp') {
  stampCommand(rest[0], rest[1], rest[2])
} else if (command === 'export' && rest[0] === 'xliff') {
  exportXliffCommand(rest.slice(1))
} else if (command === 'export' && rest[0] === 'tbx') {
  exportTbxCommand(rest.slice(1))
} else if (command === 'import' && rest[0] === 'tbx') {
  const xml = readInput(rest[1])
  try {
    const { writes, notes } = importTbx(load(), xml, readProjectFile, path.relative(process.cwd(), path.join(contentDir(), 'glossary')))
    writeAll(writes, notes)
  } catch (error) {
    refused(error)
  }
} else if (command === 'import' && rest.length === 1) {
  const xml = readInput(rest[0])
  try {
    const { writes, notes } = importXliff(load(), xml, readProjectFile)
    writeAll(writes, notes)
  } catch (error) {
    refused(error)
  }
} else {
  fail(usage)
}
