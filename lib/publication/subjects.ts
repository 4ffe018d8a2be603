/**
 * Subjects group essays and terms. They come from two places, merged by id:
 * the authors' `subjects.yaml` (terms name one in `meta.yaml`), and the
 * subject labels of each essay's source file (the id is the label's slug, see
 * lib/content/subjects). A label whose id is defined in subjects.yaml
 * takes its labels from there; otherwise each locale's label is the one its
 * translations give, else the source's.
 */

import { type Localized, localizedIn } from '@/lib/content/localized'
import { subjectIdOf } from '@/lib/content/subjects'
import type { Content, Essay } from '@/lib/content/types'
import type { Locale } from '@/lib/i18n/locales'

export interface SubjectEntry {
  id: string
  /** Label of the subject in a locale, with the fallback marked. */
  label: (locale: Locale) => Localized<string>
  /** Essays in this subject, in the order given. */
  essays: string[]
  /** Terms in this subject. */
  terms: string[]
}

/** Every subject of the content, with its essays (in `essayOrder`) and terms. */
export function subjectIndex(content: Content, essayOrder: readonly Essay[]): Map<string, SubjectEntry> {
  const found = new Map<string, { essays: string[]; terms: string[]; labels: Partial<Record<Locale, string>> }>()
  const subject = (id: string) => {
    let entry = found.get(id)
    if (!entry) {
      entry = { essays: [], terms: [], labels: {} }
      found.set(id, entry)
    }
    return entry
  }
  for (const { id, labels } of content.subjects.values()) Object.assign(subject(id).labels, labels)
  for (const essay of essayOrder) {
    essay.source.subjectLabels.forEach((label, position) => {
      const id = subjectIdOf(label)
      const { essays, labels } = subject(id)
      if (!essays.includes(essay.slug)) essays.push(essay.slug)
      if (content.subjects.has(id)) return
      for (const file of [essay.source, ...Object.values(essay.files)]) labels[file.locale] ??= file.subjectLabels[position]
    })
  }
  for (const term of content.terms.values()) {
    if (term.meta.subject) subject(term.meta.subject).terms.push(term.id)
  }
  return new Map(
    [...found].map(([id, { essays, terms, labels }]) => [
      id,
      // Every subject has a label (subjects.yaml requires the default locale's; a category names itself); the id is the last resort.
      { id, essays, terms, label: (locale: Locale) => localizedIn(labels, locale) ?? { value: id, locale, isFallback: true } }
    ])
  )
}

/** The subject ids of an essay, in the order its source lists its categories. */
export function essaySubjectIds(essay: Essay): string[] {
  return [...new Set(essay.source.subjectLabels.map(subjectIdOf))]
}
