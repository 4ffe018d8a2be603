/**
 * What `npm run check:content` reports about translations: whether they keep
 * their source's blocks (same kinds, same order, same links), how richly each
 * is annotated, what is not translated yet, and which are older than their
 * source.
 */
import { originalOf } from '@/lib/content/essays'
import type { ContentProblem } from '@/lib/content/problems'
import type { Content } from '@/lib/content/types'
import { defaultLocale, type Locale, locales } from '@/lib/i18n/locales'
import { renderedBlocks } from '@/lib/render/rendered-blocks'
import { blockShapeProblem } from './block-shape'
import type { BlockChange } from './compare-blocks'
import { glossaryUse } from './glossary-checks'
import { entryTranslation, essayStatus, essayTranslation, type FieldChange, translationStatus } from './status'

export interface AlignmentReport {
  file: string
  sourceFile: string
  blocks: number
  aligned: number
  problems: ContentProblem[]
  /**
   * Whether the source changed since the translation's stamp: its blocks are
   * then expected to differ, and its problems are warnings until it is updated.
   */
  outdated: boolean
}

export interface Coverage {
  locale: Locale
  missingEssays: string[]
  missingTerms: string[]
}

export function checkAlignment(content: Content): AlignmentReport[] {
  const reports: AlignmentReport[] = []
  for (const essay of content.essays.values()) {
    const { source } = essay
    const sourceBlocks = renderedBlocks(source.body)
    for (const file of Object.values(essay.files)) {
      if (file === source) continue
      const blocks = renderedBlocks(file.body)
      const problems: ContentProblem[] = []
      let aligned = 0
      for (let index = 0; index < Math.max(blocks.length, sourceBlocks.length); index++) {
        const expected = sourceBlocks[index]
        const actual = blocks[index]
        const where = `block ${index + 1}`
        if (!expected || !actual) {
          problems.push({
            file: file.file,
            message: `${where}: ${expected ? `missing (the source has a ${expected.tagName} here)` : `extra ${actual?.tagName} that the source does not have`}: keep one block per source block`
          })
          break
        }
        const problem = blockShapeProblem(actual, expected)
        if (problem) {
          problems.push({ file: file.file, message: `${where}: ${problem}` })
          // Another kind of block shifts every block after it; other links are this block's alone.
          if (actual.tagName !== expected.tagName) break
          continue
        }
        aligned++
      }
      const outdated = essayStatus(essay, file.locale)?.state === 'outdated'
      reports.push({ file: file.file, sourceFile: source.file, blocks: sourceBlocks.length, aligned, problems, outdated })
    }
  }
  return reports
}

export function coverage(content: Content): Coverage[] {
  return locales.map((locale) => ({
    locale,
    missingEssays: [...content.essays.values()].filter((essay) => !essay.files[locale]).map((essay) => essay.slug),
    missingTerms: [...content.terms.values()].filter((term) => !term.entries[locale]).map((term) => term.id)
  }))
}

export interface AnnotationCount {
  file: string
  locale: Locale
  /** Distinct terms annotated. */
  terms: number
  occurrences: number
  /** Share of the terms annotated in the source that are annotated here too. */
  ofSource: number
}

/** How richly each file of each essay is annotated with its own language's glossary forms. */
export function countAnnotations(content: Content): AnnotationCount[] {
  // The renderers the pages use (one per locale, shared with the other glossary checks), so that the counts are the pages' counts.
  const use = glossaryUse(content)
  return [...content.essays.values()].flatMap((essay) => {
    const occurrencesIn = (locale: Locale) => use.rendered(locale, (essay.files[locale] ?? essay.source).body).occurrences
    const sourceTerms = new Set(occurrencesIn(essay.sourceLocale).map((occurrence) => occurrence.termId))
    return Object.values(essay.files).map((file) => {
      const occurrences = occurrencesIn(file.locale)
      const terms = new Set(occurrences.map((occurrence) => occurrence.termId))
      const shared = [...sourceTerms].filter((id) => terms.has(id)).length
      return {
        file: file.file,
        locale: file.locale,
        terms: terms.size,
        occurrences: occurrences.length,
        ofSource: sourceTerms.size === 0 ? 1 : shared / sourceTerms.size
      }
    })
  })
}

export interface OutdatedTranslation {
  file: string
  sourceFile: string
  /**
   * What changed in the source since the stamp: its fields, then its blocks,
   * with the current (or, for removed ones, stamped) block's place and first words.
   */
  changes: ((BlockChange | FieldChange) & { label: string })[]
  /** The command that marks the file current once it is brought up to date. */
  stampCommand: string
}

export interface StampReport {
  outdated: OutdatedTranslation[]
  /** Translations that were never stamped. */
  unknown: string[]
}

/** Translations (essays, and glossary entries against the default locale's) whose source changed since their stamp. */
export function checkStamps(content: Content): StampReport {
  const report: StampReport = { outdated: [], unknown: [] }
  const check = (file: string, sourceFile: string, translation: ReturnType<typeof essayTranslation>, stampCommand: string) => {
    if (!translation) return
    const { source } = translation
    const status = translationStatus(translation.stamp, source)
    if (status.state === 'unknown') report.unknown.push(file)
    if (status.state !== 'outdated') return
    const fields = status.fields.map((change) => ({
      ...change,
      label: source.fields.find((field) => field.name === change.field)?.label ?? `${change.field} (no longer in the source)`
    }))
    const blocks = status.changes.map((change) => ({
      ...change,
      label:
        change.kind === 'removed'
          ? `block ${change.index + 1} of the stamped version`
          : `block ${change.index + 1}: ${source.blocks[change.index].label}`
    }))
    report.outdated.push({ file, sourceFile, changes: [...fields, ...blocks], stampCommand })
  }
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      check(file.file, originalOf(essay, file).file, essayTranslation(essay, file.locale), stampCommand('essay', essay.slug, file.locale))
    }
  }
  for (const term of content.terms.values()) {
    const source = term.entries[defaultLocale]
    for (const entry of Object.values(term.entries)) {
      if (source) check(entry.file, source.file, entryTranslation(term, entry.locale), stampCommand('term', term.id, entry.locale))
    }
  }
  return report
}

export function stampCommand(kind: 'essay' | 'term', id: string, locale: Locale): string {
  return `npm run translations -- stamp ${kind} ${id} ${locale}`
}
