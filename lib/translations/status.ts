/**
 * Whether a translation follows the current version of its source, down to
 * the field and the block. The one place that decides it: the pages (through
 * lib/publication), `npm run check:content` and the XLIFF export all ask here.
 */
import { originalOf } from '@/lib/content/essays'
import type { Essay, Stamp, Term } from '@/lib/content/types'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { entryVersion, essayVersion, type SourceVersion } from './block-hashes'
import { type BlockChange, compareBlocks, counterparts } from './compare-blocks'

/** A front-matter field (title, summary, …) that changed, appeared or went away in the source since the stamp. */
export interface FieldChange {
  kind: 'changed' | 'added' | 'removed'
  field: string
}

export type TranslationStatus =
  | { state: 'current' }
  /** Never stamped: nothing is known about what it follows. */
  | { state: 'unknown' }
  | { state: 'outdated'; fields: FieldChange[]; changes: BlockChange[] }

export function translationStatus(stamp: Stamp | undefined, source: SourceVersion): TranslationStatus {
  if (stamp === undefined) return { state: 'unknown' }
  const fields = compareFields(stamp.fields, source)
  const changes = compareBlocks(
    stamp.blocks,
    source.blocks.map((block) => block.hash)
  )
  return fields.length === 0 && changes.length === 0 ? { state: 'current' } : { state: 'outdated', fields, changes }
}

function compareFields(stamped: Stamp['fields'], source: SourceVersion): FieldChange[] {
  const current = new Map(source.fields.map((field) => [field.name, field.hash]))
  const changes: FieldChange[] = []
  for (const [field, hash] of current) {
    if (stamped[field] === undefined) changes.push({ kind: 'added', field })
    else if (stamped[field] !== hash) changes.push({ kind: 'changed', field })
  }
  for (const field of Object.keys(stamped)) if (!current.has(field)) changes.push({ kind: 'removed', field })
  return changes
}

/** The source a translation of an essay follows, with its stamp; undefined for the source itself or a missing file. */
export function essayTranslation(essay: Essay, locale: Locale): { stamp: Stamp | undefined; source: SourceVersion } | undefined {
  const file = essay.files[locale]
  if (!file?.translatedFrom) return undefined
  return { stamp: file.stamp, source: essayVersion(originalOf(essay, file)) }
}

/** The default locale's entry a translated entry follows, with its stamp; undefined for that entry, a missing one, or without it. */
export function entryTranslation(term: Term, locale: Locale): { stamp: Stamp | undefined; source: SourceVersion } | undefined {
  const entry = term.entries[locale]
  const source = term.entries[defaultLocale]
  if (!entry || !source || entry === source) return undefined
  return { stamp: entry.stamp, source: entryVersion(source) }
}

/** Whether the essay's file in `locale` follows its source's current version; undefined for the source or a missing file. */
export function essayStatus(essay: Essay, locale: Locale): TranslationStatus | undefined {
  const translation = essayTranslation(essay, locale)
  return translation && translationStatus(translation.stamp, translation.source)
}

/** Whether a term's entry in `locale` follows the default locale's current entry; undefined for that entry, a missing one, or without it. */
export function entryStatus(term: Term, locale: Locale): TranslationStatus | undefined {
  const translation = entryTranslation(term, locale)
  return translation && translationStatus(translation.stamp, translation.source)
}

/** Indexes of the current source's blocks that changed, were added or moved since the stamp. */
export function changedSourceBlocks(status: TranslationStatus): number[] {
  return status.state === 'outdated' ? status.changes.filter((change) => change.kind !== 'removed').map((change) => change.index) : []
}

/** How many passages (fields and blocks) of the source changed, were added or moved since the stamp; else how many went away. */
export function changedPassages(status: TranslationStatus): number {
  if (status.state !== 'outdated') return 0
  const changed = status.fields.filter((change) => change.kind !== 'removed').length + changedSourceBlocks(status).length
  return changed || status.fields.length + status.changes.length
}

/**
 * For each block of the current source, the block of the translation that
 * renders it, or undefined when it has none yet. Without a stamp, block `k`
 * is taken to translate block `k`.
 */
export function translatedBlocks(stamp: Stamp | undefined, source: SourceVersion): (number | undefined)[] {
  const current = source.blocks.map((block) => block.hash)
  return stamp ? counterparts(stamp.blocks, current) : current.map((_, index) => index)
}
