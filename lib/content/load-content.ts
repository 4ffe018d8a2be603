/**
 * The one content loader: reads `content/` (see content/README.md), validates
 * everything, and either returns the whole publication or throws a
 * `ContentError` listing every problem. Nothing is half-published.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { normalizePattern } from '../annotate/normalize'
import { isLocale, locales, type Locale } from '../i18n/locales'
import { parseFrontMatter } from './front-matter'
import { ContentError, type ContentProblem } from './problems'

export const termCategories = ['finance', 'technology', 'people-and-ideas', 'culture-and-politics', 'language'] as const
export type TermCategory = (typeof termCategories)[number]

export interface EssayFile {
  slug: string
  locale: Locale
  /** Project-relative path, for messages. */
  file: string
  title: string
  description?: string
  date?: string
  categories: string[]
  /** Set on translations: the locale this file was translated from. */
  translatedFrom?: Locale
  body: string
}

export interface Essay {
  slug: string
  sourceLocale: Locale
  files: Partial<Record<Locale, EssayFile>>
}

export interface TermMeta {
  category: TermCategory
  related: string[]
  lang?: string
  original?: string
  romanization?: string
}

export interface TermEntry {
  id: string
  locale: Locale
  file: string
  term: string
  summary: string
  match: string[]
  literal?: string
  meaning?: string
  sortAs?: string
  body: string
}

export interface Term {
  id: string
  meta: TermMeta
  entries: Partial<Record<Locale, TermEntry>>
}

export interface Content {
  essays: Map<string, Essay>
  terms: Map<string, Term>
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Loads and validates the content folder.
 * @param contentDir absolute path of the content folder
 * @param projectDir paths in messages are relative to this (default: the parent of `contentDir`)
 */
export function loadContent(contentDir: string, projectDir = path.dirname(contentDir)): Content {
  const problems: ContentProblem[] = []
  const report = (problem: ContentProblem) => problems.push(problem)
  const relative = (absolute: string) => path.relative(projectDir, absolute).split(path.sep).join('/')

  const essays = new Map<string, Essay>()
  for (const slug of listFolders(path.join(contentDir, 'essays'), relative, report)) {
    const essay = loadEssay(path.join(contentDir, 'essays', slug), slug, relative, report)
    if (essay) essays.set(slug, essay)
  }

  const terms = new Map<string, Term>()
  for (const id of listFolders(path.join(contentDir, 'glossary'), relative, report)) {
    const term = loadTerm(path.join(contentDir, 'glossary', id), id, relative, report)
    if (term) terms.set(id, term)
  }

  checkRelatedTerms(terms, report)
  checkMatchForms(terms, report)

  if (problems.length > 0) throw new ContentError(problems)
  return { essays, terms }
}

type Report = (problem: ContentProblem) => void
type Relative = (absolute: string) => string

function listFolders(dir: string, relative: Relative, report: Report): string[] {
  if (!existsSync(dir)) return []
  const names: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'README.md') continue
    const full = path.join(dir, name)
    if (!statSync(full).isDirectory()) {
      report({ file: relative(full), message: `is not a folder: put files in ${relative(dir)}/<name>/<locale>.md` })
    } else if (!kebabCase.test(name)) {
      report({
        file: relative(full),
        message: `folder name "${name}" is not lowercase kebab-case: rename it to "${suggestKebab(name)}"`
      })
    } else {
      names.push(name)
    }
  }
  return names
}

/** The locale files of a folder, reporting any file that is not `<locale>.md`. */
function listLocaleFiles(dir: string, relative: Relative, report: Report, allowed: string[] = []): Locale[] {
  const found: Locale[] = []
  for (const name of readdirSync(dir).sort()) {
    if (allowed.includes(name) || name.startsWith('.')) continue
    const locale = name.replace(/\.md$/, '')
    if (!name.endsWith('.md')) {
      report({ file: relative(path.join(dir, name)), message: `unexpected file: only <locale>.md files belong here` })
    } else if (!isLocale(locale)) {
      report({
        file: relative(path.join(dir, name)),
        message: `"${locale}" is not a configured locale (${locales.join(', ')}): rename the file or add the locale to lib/i18n/locales.ts`
      })
    } else {
      found.push(locale)
    }
  }
  return found
}

function loadEssay(dir: string, slug: string, relative: Relative, report: Report): Essay | undefined {
  const files: Partial<Record<Locale, EssayFile>> = {}
  const count = { problems: 0 }
  const countingReport: Report = (problem) => {
    count.problems++
    report(problem)
  }
  for (const locale of listLocaleFiles(dir, relative, countingReport)) {
    const file = relative(path.join(dir, `${locale}.md`))
    const parsed = parseFrontMatter(readFileSync(path.join(dir, `${locale}.md`)), file, countingReport)
    if (!parsed) continue
    const fields = new FieldReader(parsed.data, file, countingReport)
    const title = fields.requiredString('title', 'the essay title')
    const translatedFrom = fields.optionalString('translatedFrom')
    if (translatedFrom !== undefined && !isLocale(translatedFrom)) {
      countingReport({ file, message: `translatedFrom: "${translatedFrom}" is not a locale (${locales.join(', ')})` })
    }
    const date = fields.optionalDate('date')
    if (title === undefined) continue
    files[locale] = {
      slug,
      locale,
      file,
      title,
      description: fields.optionalString('description'),
      date,
      categories: fields.stringList('categories') ?? [],
      translatedFrom: isLocale(translatedFrom) ? translatedFrom : undefined,
      body: parsed.body
    }
  }
  const present = Object.values(files)
  const sources = present.filter((file) => !file.translatedFrom)
  const folder = relative(dir)
  if (present.length === 0) {
    if (count.problems === 0) report({ file: folder, message: 'has no <locale>.md file: add the essay, e.g. en.md' })
    return undefined
  }
  if (sources.length !== 1) {
    report({
      file: folder,
      message:
        sources.length === 0
          ? 'has no source file: exactly one locale file must not have translatedFrom (the original text)'
          : `has ${sources.length} source files (${sources.map((file) => file.locale).join(', ')}): mark the translations with translatedFrom: <locale>`
    })
    return undefined
  }
  for (const file of present) {
    if (file.translatedFrom && !files[file.translatedFrom]) {
      report({ file: file.file, message: `translatedFrom: ${file.translatedFrom}, but ${folder}/${file.translatedFrom}.md does not exist` })
    }
  }
  return { slug, sourceLocale: sources[0].locale, files }
}

function loadTerm(dir: string, id: string, relative: Relative, report: Report): Term | undefined {
  const metaPath = path.join(dir, 'meta.yaml')
  const meta = existsSync(metaPath) ? loadTermMeta(metaPath, relative(metaPath), report) : undefined
  if (!existsSync(metaPath)) {
    report({ file: relative(metaPath), message: `is missing: add it with at least "category: <${termCategories.join(' | ')}>"` })
  }
  const entries: Partial<Record<Locale, TermEntry>> = {}
  for (const locale of listLocaleFiles(dir, relative, report, ['meta.yaml'])) {
    const file = relative(path.join(dir, `${locale}.md`))
    const parsed = parseFrontMatter(readFileSync(path.join(dir, `${locale}.md`)), file, report)
    if (!parsed) continue
    const fields = new FieldReader(parsed.data, file, report)
    const term = fields.requiredString('term', 'the name of the term in this language')
    const summary = fields.requiredString('summary', 'one or two sentences for the card')
    const match = fields.stringList('match')
    if (match?.length === 0) report({ file, message: 'match: is empty: list at least one form, or remove the key to use the term' })
    const entry = {
      id,
      locale,
      file,
      literal: fields.optionalString('literal'),
      meaning: fields.optionalString('meaning'),
      sortAs: fields.optionalString('sortAs'),
      body: parsed.body
    }
    if (term === undefined || summary === undefined) continue
    entries[locale] = { ...entry, term, summary, match: match && match.length > 0 ? match : [term] }
  }
  if (Object.keys(entries).length === 0) {
    report({ file: relative(dir), message: 'has no usable <locale>.md entry: add at least en.md with term and summary' })
    return undefined
  }
  return meta ? { id, meta, entries } : undefined
}

function loadTermMeta(absolute: string, file: string, report: Report): TermMeta | undefined {
  const raw = readFileSync(absolute)
  let data: unknown
  try {
    data = parseYaml(raw.toString('utf8'))
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : undefined
    report({ file, line, message: `invalid YAML (${(error as Error).message.split('\n')[0]}): fix the syntax` })
    return undefined
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report({ file, message: `must be a YAML mapping with at least "category: <${termCategories.join(' | ')}>"` })
    return undefined
  }
  const fields = new FieldReader(data as Record<string, unknown>, file, report)
  const category = fields.requiredString('category', termCategories.join(' | '))
  if (category !== undefined && !(termCategories as readonly string[]).includes(category)) {
    report({ file, message: `category: "${category}" is not one of ${termCategories.join(', ')}` })
    return undefined
  }
  const lang = fields.optionalString('lang')
  if (lang !== undefined && !isLanguageTag(lang)) {
    report({ file, message: `lang: "${lang}" is not a BCP 47 language tag (e.g. zh-Hans, ja, fr)` })
  }
  if (category === undefined) return undefined
  return {
    category: category as TermCategory,
    related: fields.stringList('related') ?? [],
    lang: lang !== undefined && isLanguageTag(lang) ? lang : undefined,
    original: fields.optionalString('original'),
    romanization: fields.optionalString('romanization')
  }
}

function checkRelatedTerms(terms: Map<string, Term>, report: Report) {
  for (const term of terms.values()) {
    for (const related of term.meta.related) {
      if (!terms.has(related)) {
        report({
          file: `content/glossary/${term.id}/meta.yaml`,
          message: `related: "${related}" is not a term id: create content/glossary/${related}/ or remove it`
        })
      }
    }
  }
}

/** Two terms (or one term twice) may not claim the same normalised form in one locale. */
function checkMatchForms(terms: Map<string, Term>, report: Report) {
  for (const locale of locales) {
    const owner = new Map<string, TermEntry>()
    for (const term of terms.values()) {
      const entry = term.entries[locale]
      if (!entry) continue
      const own = new Set<string>()
      for (const form of entry.match) {
        const normalized = normalizePattern(form)
        if (normalized === '') {
          report({ file: entry.file, message: `match: "${form}" has no letters to match: remove it` })
          continue
        }
        const claimed = owner.get(normalized)
        if (claimed && claimed.id !== entry.id) {
          report({
            file: entry.file,
            message: `match: "${form}" is also claimed by ${claimed.file}: keep it in one term only`
          })
        } else if (own.has(normalized)) {
          report({ file: entry.file, message: `match: "${form}" is listed twice: remove the duplicate` })
        }
        own.add(normalized)
        owner.set(normalized, entry)
      }
    }
  }
}

/** Reads typed fields from front matter, reporting wrong types. */
class FieldReader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly file: string,
    private readonly report: Report
  ) {}

  requiredString(key: string, what: string): string | undefined {
    const value = this.data[key]
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.report({ file: this.file, message: `missing "${key}": add ${key}: <${what}> to the front matter` })
      return undefined
    }
    return this.string(key, value)
  }

  optionalString(key: string): string | undefined {
    const value = this.data[key]
    return value === undefined || value === null ? undefined : this.string(key, value)
  }

  optionalDate(key: string): string | undefined {
    const value = this.data[key]
    if (value === undefined || value === null) return undefined
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
    if (!isoDate.test(text) || Number.isNaN(Date.parse(text))) {
      this.report({ file: this.file, message: `${key}: "${text}" is not a date: write it as YYYY-MM-DD` })
      return undefined
    }
    return text
  }

  stringList(key: string): string[] | undefined {
    const value = this.data[key]
    if (value === undefined || value === null) return undefined
    const list = typeof value === 'string' ? [value] : value
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' || typeof item === 'number')) {
      this.report({ file: this.file, message: `${key}: must be a list of strings, e.g. ${key}: [first, second]` })
      return undefined
    }
    return list.map(String)
  }

  private string(key: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim()
    if (typeof value === 'number') return String(value)
    this.report({ file: this.file, message: `${key}: must be text, not ${Array.isArray(value) ? 'a list' : typeof value}` })
    return undefined
  }
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

function suggestKebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
}
