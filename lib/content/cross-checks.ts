/** Checks that need the whole content: references between terms and subjects, and match forms shared between terms. */
import { normalizePattern } from '@/lib/annotate/normalize'
import { locales } from '@/lib/i18n/locales'
import type { Report } from './files'
import type { Subject, Term, TermEntry } from './types'

export function checkReferences(terms: Map<string, Term>, subjects: Map<string, Subject>, subjectsFile: string, report: Report) {
  for (const term of terms.values()) {
    const file = term.meta.file ?? `${term.folder}/meta.yaml`
    for (const related of term.meta.related) {
      if (!terms.has(related)) {
        report({ file, message: `related: "${related}" is not a term id: create ${term.folder.replace(/[^/]+$/, related)}/ or remove it` })
      }
    }
    const { subject } = term.meta
    if (subject !== undefined && !subjects.has(subject)) {
      const known = [...subjects.keys()]
      report({
        file,
        message: `subject: "${subject}" is not defined in ${subjectsFile}: add it there${known.length ? ` or use one of ${known.join(', ')}` : ''}`
      })
    }
  }
}

/**
 * Two terms (or one term twice) may not claim the same normalised form in one
 * locale; a term's `notMatch` forms must contain one of its own forms and be
 * none of them.
 */
export function checkMatchForms(terms: Map<string, Term>, report: Report) {
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
          report({ file: entry.file, message: `match: "${form}" is also claimed by ${claimed.file}: keep it in one term only` })
        } else if (own.has(normalized)) {
          report({ file: entry.file, message: `match: "${form}" is listed twice: remove the duplicate` })
        }
        own.add(normalized)
        owner.set(normalized, entry)
      }
      for (const form of entry.notMatch) {
        const normalized = normalizePattern(form)
        if (own.has(normalized)) {
          report({ file: entry.file, message: `notMatch: "${form}" is also in match: keep it in one of the two` })
        } else if (![...own].some((mine) => normalized.includes(mine))) {
          report({ file: entry.file, message: `notMatch: "${form}" contains none of the match forms, so it excludes nothing: remove it` })
        }
      }
    }
  }
}
