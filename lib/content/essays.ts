/** Essays: `essays/<slug>/<locale>.md`, one source file and its translations. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isLocale, locales } from '@/lib/i18n/locales'
import { FieldReader } from './field-reader'
import { type Relative, type Report, listLocaleFiles } from './files'
import { parseFrontMatter } from './front-matter'
import { readStamp } from './stamp-field'
import { essayFields } from './translated-fields'
import { subjectIdOf } from './subjects'
import type { Essay, EssayFile } from './types'

export function loadEssay(dir: string, slug: string, relative: Relative, report: Report): Essay | undefined {
  const files: EssayFile[] = []
  let problems = 0
  const countingReport: Report = (problem) => {
    problems++
    report(problem)
  }
  for (const locale of listLocaleFiles(dir, relative, countingReport)) {
    const absolute = path.join(dir, `${locale}.md`)
    const file = relative(absolute)
    const parsed = parseFrontMatter(readFileSync(absolute), file, countingReport)
    if (!parsed) continue
    const fields = new FieldReader(parsed.data, file, countingReport)
    const title = fields.requiredString('title', 'the essay title')
    const translatedFrom = fields.optionalString('translatedFrom')
    if (translatedFrom !== undefined && !isLocale(translatedFrom)) {
      countingReport({ file, message: `translatedFrom: "${translatedFrom}" is not a locale (${locales.join(', ')})` })
    }
    const stamp = readStamp(fields, file, countingReport, translatedFrom !== undefined, essayFields)
    const date = fields.optionalDate('date')
    const subjectLabels = fields.stringList('categories') ?? []
    const description = fields.optionalString('description')
    // Jekyll's key: whether readers may respond. Only the source's counts (every locale shows one discussion).
    const comments = fields.optionalBoolean('comments')
    if (comments !== undefined && translatedFrom !== undefined) {
      countingReport({ file, message: 'comments: only the source file says whether an essay takes responses: remove it here' })
    }
    if (title === undefined) continue
    files.push({
      slug,
      locale,
      file,
      title,
      description,
      date,
      subjectLabels,
      ...(comments !== undefined ? { comments } : {}),
      translatedFrom: isLocale(translatedFrom) ? translatedFrom : undefined,
      stamp,
      body: parsed.body
    })
  }
  const folder = relative(dir)
  if (files.length === 0) {
    if (problems === 0) report({ file: folder, message: 'has no <locale>.md file: add the essay, e.g. en.md' })
    return undefined
  }
  const sources = files.filter((file) => !file.translatedFrom)
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
  const [source] = sources
  for (const label of source.subjectLabels) {
    if (subjectIdOf(label) === '') report({ file: source.file, message: `categories: "${label}" has no letters or digits to name a page after: reword it` })
  }
  const byLocale = Object.fromEntries(files.map((file) => [file.locale, file]))
  for (const file of files) {
    if (file.translatedFrom && !byLocale[file.translatedFrom]) {
      report({ file: file.file, message: `translatedFrom: ${file.translatedFrom}, but ${folder}/${file.translatedFrom}.md does not exist` })
    }
    if (file !== source && file.subjectLabels.length > 0 && file.subjectLabels.length !== source.subjectLabels.length) {
      report({
        file: file.file,
        message: `categories: lists ${file.subjectLabels.length}, the source (${source.file}) ${source.subjectLabels.length}: give one label per source category, in the same order, or remove the key`
      })
    }
  }
  return { slug, sourceLocale: source.locale, source, files: byLocale }
}

/** The file a translation was made from (its `translatedFrom`, which the loader checked), or the source. */
export function originalOf(essay: Essay, file: EssayFile): EssayFile {
  return (file.translatedFrom && essay.files[file.translatedFrom]) || essay.source
}
