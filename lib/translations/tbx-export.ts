/**
 * `npm run translations -- export tbx`: the glossary as TBX-Basic (ISO
 * 30042:2019, TBX v3, DCA style), the exchange format of terminology tools.
 *
 * One `conceptEntry` per term (its id is the term id) with its subject as
 * `subjectField`; one `langSec` per locale that has an entry, with the
 * summary as its `definition` and one `termSec` per form: the entry's name
 * first (`preferredTerm-admn-sts`), then each other `match` form as a variant
 * (`termType` variant, `admittedTerm-admn-sts`). A literal and an idiomatic
 * meaning go in notes; `import tbx` reads back names, definitions, forms and subjects.
 */
import { XMLBuilder } from 'fast-xml-parser'
import { normalizePattern } from '@/lib/annotate/normalize'
import type { Content, TermEntry } from '@/lib/content/types'
import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'

export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'

/** A term id as an XML id (which may not start with a digit), and back. */
export const conceptId = (termId: string) => (/^[0-9]/.test(termId) ? `_${termId}` : termId)
export const termIdOf = (conceptId: string) => conceptId.replace(/^_(?=[0-9])/, '')

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  processEntities: true
})

export function exportTbx(content: Content): { xml: string; concepts: number; languages: number } {
  const used = new Set<string>()
  const concepts = [...content.terms.values()].map((term) => {
    const subject = term.meta.subject === undefined ? undefined : content.subjects.get(term.meta.subject)
    const langSecs = locales.flatMap((locale) => {
      const entry = term.entries[locale]
      if (!entry) return []
      used.add(locale)
      return [langSec(entry)]
    })
    return {
      '@id': conceptId(term.id),
      ...(subject ? { descrip: { '@type': 'subjectField', '#text': subject.labels[defaultLocale] ?? subject.id } } : {}),
      langSec: langSecs
    }
  })
  const document = {
    tbx: {
      '@type': 'TBX-Basic',
      '@style': 'dca',
      '@xml:lang': localeInfo[defaultLocale].lang,
      '@xmlns': tbxNamespace,
      tbxHeader: {
        fileDesc: { sourceDesc: { p: 'The glossary of a Glossa publication, exported by npm run translations -- export tbx' } }
      },
      text: { body: { conceptEntry: concepts } }
    }
  }
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document)}`, concepts: concepts.length, languages: used.size }
}

function langSec(entry: TermEntry) {
  const [, ...variants] = tbxForms(entry)
  const notes = [entry.literal && `literal: ${entry.literal}`, entry.meaning && `meaning: ${entry.meaning}`].filter(Boolean)
  return {
    '@xml:lang': localeInfo[entry.locale].lang,
    descrip: { '@type': 'definition', '#text': entry.summary },
    ...(notes.length > 0 ? { note: notes } : {}),
    termSec: [
      { term: entry.term, termNote: { '@type': 'administrativeStatus', '#text': 'preferredTerm-admn-sts' } },
      ...variants.map((form) => ({
        term: form,
        termNote: [
          { '@type': 'termType', '#text': 'variant' },
          { '@type': 'administrativeStatus', '#text': 'admittedTerm-admn-sts' }
        ]
      }))
    ]
  }
}

/** The forms of an entry as TBX lists them: its name, then its other match forms. */
export function tbxForms(entry: Pick<TermEntry, 'term' | 'match'>): string[] {
  const seen = new Set<string>()
  return [entry.term, ...entry.match].filter((form) => {
    const normalized = normalizePattern(form)
    if (seen.has(normalized)) return false
    seen.add(normalized)
    return true
  })
}
