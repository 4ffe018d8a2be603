/**
 * Subjects: `subjects.yaml` at the top of the content folder, one entry per
 * subject id with its label in each locale:
 *
 *     finance:
 *       en: Finance
 *       fr: Finance
 *
 * Essays name theirs by label, in the front-matter key Jekyll calls
 * `categories`: the label's slug is the subject's id.
 */
import { existsSync } from 'node:fs'
import { slug } from 'github-slugger'
import { defaultLocale, isLocale, type Locale, locales } from '@/lib/i18n/locales'
import { kebabCase, type Report, readYaml, suggestKebab, yamlMapping } from './files'
import type { Subject } from './types'

export const subjectsFile = 'subjects.yaml'

/** The id of the subject an essay names by a label in its source file (`AI economy` → `ai-economy`). */
export function subjectIdOf(label: string): string {
  return slug(label)
}

export function loadSubjects(absolute: string, file: string, report: Report): Map<string, Subject> {
  const subjects = new Map<string, Subject>()
  if (!existsSync(absolute)) return subjects
  const parsed = readYaml(absolute, file, report)
  const mapping = parsed && yamlMapping(parsed, file, report, `one entry per subject id, e.g. "finance:" with "${defaultLocale}: Finance" under it`)
  if (!mapping) return subjects
  for (const [id, value] of Object.entries(mapping.data)) {
    const line = mapping.lineOf(id)
    const problem = (message: string) => report({ file, line, message })
    if (!kebabCase.test(id)) {
      problem(`subject id "${id}" is not lowercase kebab-case: rename it to "${suggestKebab(id)}"`)
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem(`${id}: must list a label per locale, e.g. "${defaultLocale}: ${id}" on the next line, indented`)
      continue
    }
    const labels: Partial<Record<Locale, string>> = {}
    for (const [locale, label] of Object.entries(value)) {
      if (!isLocale(locale)) problem(`${id}: "${locale}" is not a configured locale (${locales.join(', ')}): fix or remove the line`)
      else if (typeof label !== 'string' || label.trim() === '') problem(`${id}.${locale}: must be the label as text`)
      else labels[locale] = label.trim()
    }
    if (!labels[defaultLocale]) problem(`${id}: has no ${defaultLocale} label (the fallback of every locale): add "${defaultLocale}: <label>"`)
    subjects.set(id, { id, file, line, labels })
  }
  return subjects
}
