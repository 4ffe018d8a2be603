/** What the finder reads of a loaded publication: an essay's text in a locale, and the glossary's forms in that locale. */
import type { Content, EssayFile } from '@/lib/content/types'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { TermsError } from './terms-error'
import type { TermForms } from './types'

/** The essay's file in `locale` (its source when no locale is given), or a TermsError naming what exists. */
export function essayFile(content: Content, slug: string, locale?: Locale): EssayFile {
  const essay = content.essays.get(slug)
  if (!essay) {
    const known = [...content.essays.keys()].join(', ') || 'none'
    throw new TermsError(`no essay "${slug}": the essays are ${known}`)
  }
  const file = essay.files[locale ?? essay.sourceLocale]
  if (!file) throw new TermsError(`essay "${slug}" has no ${locale} text: it has ${Object.keys(essay.files).join(', ')}`)
  return file
}

/** Every term's forms in `locale`, drafts included (a draft already claims its forms). */
export function termForms(content: Content, locale: Locale): TermForms[] {
  return [...content.terms.values(), ...content.drafts.values()].flatMap((term) => {
    const entry = term.entries[locale]
    return entry ? [{ id: term.id, forms: entry.match, notMatch: entry.notMatch }] : []
  })
}

/** The file that defines a term (its default locale's entry), for messages. */
export function termFile(content: Content, id: string): string {
  const term = content.terms.get(id) ?? content.drafts.get(id)
  return term?.entries[defaultLocale]?.file ?? term?.folder ?? id
}
