/** Glossary terms: `glossary/<term-id>/<locale>.md` entries and an optional `meta.yaml`. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isLanguageTag, primaryLanguage } from '@/lib/i18n/language-tag'
import { defaultLocale, type Locale, localeInfo } from '@/lib/i18n/locales'
import { FieldReader } from './field-reader'
import { type Relative, type Report, listLocaleFiles, readYaml, yamlMapping } from './files'
import { parseFrontMatter } from './front-matter'
import { readStamp } from './stamp-field'
import { entryFields } from './translated-fields'
import type { Term, TermEntry, TermMeta } from './types'

const metaFile = 'meta.yaml'

export function loadTerm(dir: string, id: string, relative: Relative, report: Report): Term | undefined {
  const metaPath = path.join(dir, metaFile)
  const meta = existsSync(metaPath) ? loadTermMeta(metaPath, relative(metaPath), report) : { related: [] }
  const entries: Partial<Record<Locale, TermEntry>> = {}
  for (const locale of listLocaleFiles(dir, relative, report, [metaFile])) {
    const entry = loadTermEntry(path.join(dir, `${locale}.md`), id, locale, relative, report)
    if (entry) entries[locale] = entry
  }
  const folder = relative(dir)
  if (Object.keys(entries).length === 0) {
    report({ file: folder, message: `has no usable <locale>.md entry: add at least ${defaultLocale}.md with term and summary` })
    return undefined
  }
  return meta ? { id, folder, meta, entries } : undefined
}

function loadTermEntry(absolute: string, id: string, locale: Locale, relative: Relative, report: Report): TermEntry | undefined {
  const file = relative(absolute)
  const parsed = parseFrontMatter(readFileSync(absolute), file, report)
  if (!parsed) return undefined
  const fields = new FieldReader(parsed.data, file, report)
  const draft = readDraft(fields, file, locale, report)
  const term = fields.requiredString('term', 'the name of the term in this language')
  // A draft's summary is still to be written.
  const summary = draft ? (fields.optionalString('summary') ?? '') : fields.requiredString('summary', 'one or two sentences for the card')
  const match = fields.stringList('match')
  if (match?.length === 0) report({ file, message: 'match: is empty: list at least one form, or remove the key to use the term' })
  const notMatch = fields.stringList('notMatch') ?? []
  const optional = {
    literal: fields.optionalString('literal'),
    meaning: fields.optionalString('meaning'),
    sortAs: fields.optionalString('sortAs'),
    reading: readReading(fields, file, locale, report),
    stamp: readStamp(fields, file, report, locale !== defaultLocale, entryFields)
  }
  if (term === undefined || summary === undefined) return undefined
  return {
    id,
    locale,
    file,
    term,
    summary,
    match: match && match.length > 0 ? match : [term],
    notMatch,
    ...optional,
    ...(draft ? { draft } : {}),
    body: parsed.body
  }
}

/** `draft: true`, in the default locale's entry: the term is being written and is not published yet. */
function readDraft(fields: FieldReader, file: string, locale: Locale, report: Report): boolean {
  const draft = fields.optionalBoolean('draft') ?? false
  if (draft && locale !== defaultLocale) {
    report({ file, message: `draft: marks a whole term unpublished, so it belongs in ${defaultLocale}.md only: remove it here` })
    return false
  }
  return draft
}

/** `reading`: the kana reading of a Japanese entry's term (furigana). Other languages' readings belong in meta.yaml's `romanization`. */
function readReading(fields: FieldReader, file: string, locale: Locale, report: Report): string | undefined {
  if (!fields.has('reading')) return undefined
  if (primaryLanguage(localeInfo[locale].lang) !== 'ja') {
    report({ file, message: 'reading: is the kana reading of a Japanese term, for ja.md only: remove it (romanizations go in meta.yaml)' })
    return undefined
  }
  return fields.optionalKana('reading')
}

/** `meta.yaml`: what is the same in every language. Subjects are checked against subjects.yaml later. */
function loadTermMeta(absolute: string, file: string, report: Report): TermMeta | undefined {
  const parsed = readYaml(absolute, file, report)
  const mapping = parsed && yamlMapping(parsed, file, report, 'subject, related, lang, original, romanization (all optional)')
  if (!mapping) return undefined
  const fields = new FieldReader(mapping.data, file, report)
  if (fields.has('category')) {
    report({ file, line: mapping.lineOf('category'), message: 'category: is now called subject: rename the key' })
  }
  const lang = fields.optionalString('lang')
  if (lang !== undefined && !isLanguageTag(lang)) {
    report({ file, line: mapping.lineOf('lang'), message: `lang: "${lang}" is not a BCP 47 language tag (e.g. zh-Hans, ja, fr)` })
  }
  return {
    file,
    subject: fields.optionalString('subject'),
    related: fields.stringList('related') ?? [],
    lang: lang !== undefined && isLanguageTag(lang) ? lang : undefined,
    original: fields.optionalString('original'),
    romanization: fields.optionalString('romanization')
  }
}
