/**
 * `npm run translations -- export xliff <locale>`: the texts to translate
 * into a locale as one XLIFF 2.0 document. One `<file>` per essay or glossary
 * entry; one unit per field a reader sees and per block, whose id carries the
 * hash of its source; the current translation as target; the state from the
 * stamps (`translated` when the target follows the current source, `initial`
 * when it is older or missing); and, as notes, the glossary terms the source
 * annotates there with their forms in the target language.
 */

import { termEntryIn } from '@/lib/content/localized'
import type { Content } from '@/lib/content/types'
import { defaultLocale, type Locale, localeInfo } from '@/lib/i18n/locales'
import { glossaryUse } from './glossary-checks'
import { plainText } from './inline-markup'
import { essayText, type TranslationText, type TranslationUnit, termText, textId, unitId } from './translation-units'
import { writeXliff, type XliffDocument, type XliffFile, type XliffUnit } from './xliff-document'

/** Which units: those without a translation, or with one older than their source. */
export type UnitFilter = 'missing' | 'outdated'

export interface ExportOptions {
  /** Only these units. Default: all. */
  only?: readonly UnitFilter[]
  /** Only these essays (slugs) and terms (ids); when either is given, only what they name. Default: every essay and term. */
  essays?: readonly string[]
  terms?: readonly string[]
  /** The language translated from (an XLIFF document has one). Default: the default locale. */
  from?: Locale
}

export interface XliffExport {
  xml: string
  document: XliffDocument
  units: number
  /** Texts left out because they are translated from another language, one line each. */
  leftOut: string[]
}

export function exportXliff(content: Content, locale: Locale, options: ExportOptions = {}): XliffExport {
  const from = options.from ?? defaultLocale
  if (from === locale) throw new Error(`${locale} is the language translated from: choose another target, or --from another source`)
  const named = options.essays !== undefined || options.terms !== undefined
  for (const slug of options.essays ?? []) if (!content.essays.has(slug)) throw new Error(`There is no essay "${slug}".`)
  for (const id of options.terms ?? []) if (!content.terms.has(id)) throw new Error(`There is no term "${id}".`)
  const texts = [
    ...[...content.essays.values()]
      .filter((essay) => !named || options.essays?.includes(essay.slug))
      .flatMap((essay) => essayText(essay, locale) ?? []),
    ...[...content.terms.values()]
      .filter((term) => !named || options.terms?.includes(term.id))
      .flatMap((term) => termText(term, locale) ?? [])
  ]
  const leftOut = texts
    .filter((text) => text.original.locale !== from)
    .map(
      (text) =>
        `${text.kind} ${text.id}: translated from ${text.original.locale}, not ${from} (export it with --from ${text.original.locale})`
    )
  const notes = glossaryNotes(content, locale)
  const files = texts
    .filter((text) => text.original.locale === from)
    .map(
      (text): XliffFile => ({
        id: textId(text.kind, text.id),
        original: text.original.file,
        units: text.units.filter((unit) => wanted(unit, options.only)).map((unit) => xliffUnit(unit, notes(text, unit)))
      })
    )
    .filter((file) => file.units.length > 0)
  const document = { srcLang: localeInfo[from].lang, trgLang: localeInfo[locale].lang, files }
  return { xml: writeXliff(document), document, units: files.reduce((sum, file) => sum + file.units.length, 0), leftOut }
}

function wanted(unit: TranslationUnit, only: readonly UnitFilter[] | undefined): boolean {
  if (!only || only.length === 0) return true
  return (only.includes('missing') && !unit.target) || (only.includes('outdated') && unit.target !== undefined && !unit.current)
}

function xliffUnit(unit: TranslationUnit, notes: string[]): XliffUnit {
  return { id: unitId(unit), state: unit.current ? 'translated' : 'initial', notes, source: unit.source, target: unit.target }
}

/** The glossary terms a unit's source annotates, each with its name and forms in the target language. */
function glossaryNotes(content: Content, locale: Locale) {
  const use = glossaryUse(content)
  return (text: TranslationText, unit: TranslationUnit): string[] => {
    const { original } = text
    const termIds =
      unit.block === undefined
        ? use.text(original.locale, plainText(unit.source))
        : [...(use.blocks(original.locale, original.body)[unit.block]?.annotated ?? [])]
    return termIds.flatMap((termId) => {
      const term = content.terms.get(termId)
      const source = term && termEntryIn(term, original.locale).value
      if (!term || !source) return []
      const target = term.entries[locale]
      return [
        target
          ? `${source.term} → ${target.term} (${termId}; forms in ${locale}: ${target.match.join(', ')})`
          : `${source.term} (${termId}) has no ${locale} entry yet`
      ]
    })
  }
}
