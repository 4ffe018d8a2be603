/**
 * A translation as units a translator works through: each field a reader
 * sees and each block, with its source, the current translation where there
 * is one, and whether that translation follows the current source (from the
 * stamp). The XLIFF export writes these; the import reads a document back
 * against them.
 */
import path from 'node:path'
import { originalOf } from '@/lib/content/essays'
import type { Essay, EssayFile, Stamp, Term, TermEntry } from '@/lib/content/types'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { entryVersion, essayVersion, type SourceVersion } from './block-hashes'
import { type BlockSource, blockSources, type Inline } from './inline-markup'
import { changedSourceBlocks, entryStatus, essayStatus, type TranslationStatus, translatedBlocks } from './status'

export interface TranslationUnit {
  /** `title`, `summary`, … or `block-<n>` (numbered from 1, as messages number blocks). */
  name: string
  /** The hash of its source, as the stamp has it: the unit's id carries it, so an import knows whether the source changed since. */
  hash: string
  /** The front-matter field, for a field. */
  field?: string
  /** The block's index in the source, for a block. */
  block?: number
  source: Inline[]
  /** The current translation, when there is one. */
  target?: Inline[]
  /** Whether `target` translates the current source: no target, or one older than the source, is left to do. */
  current: boolean
}

/** An essay or a glossary entry in one language, as units, with what writing them back needs. */
export interface TranslationText {
  kind: 'essay' | 'term'
  /** Slug or term id. */
  id: string
  locale: Locale
  /** The text translated from: an essay's source (or the file a translation names), a term's default-locale entry. */
  original: { file: string; locale: Locale; body: string; blocks: (BlockSource | undefined)[] }
  version: SourceVersion
  /** The translation's file (project-relative), whether or not it exists yet. */
  file: string
  /** The translation as loaded, when it exists. */
  translation?: { fields: Readonly<Record<string, string | undefined>>; body: string; stamp?: Stamp; blocks: (BlockSource | undefined)[] }
  /** For each block of the source, the translation's block that renders it. */
  counterparts: (number | undefined)[]
  units: TranslationUnit[]
}

/** The XLIFF file id of a text: `essay.<slug>`, `term.<term-id>`. */
export const textId = (kind: 'essay' | 'term', id: string) => `${kind}.${id}`

/** What a file id names, read back; undefined when it is not one `textId` makes. */
export function parseTextId(fileId: string): { kind: 'essay' | 'term'; id: string } | undefined {
  const [, kind, id] = /^(essay|term)\.(.+)$/.exec(fileId) ?? []
  return kind === 'essay' || kind === 'term' ? { kind, id } : undefined
}

/** A unit's id in a document: its name and its source's hash (`block-3.37ebb4c7`). */
export const unitId = (unit: Pick<TranslationUnit, 'name' | 'hash'>) => `${unit.name}.${unit.hash}`

/** A unit id's name and hash, read back; undefined when it is not one `unitId` makes. */
export function parseUnitId(id: string): Pick<TranslationUnit, 'name' | 'hash'> | undefined {
  const [, name, hash] = /^(.+)\.([0-9a-f]{8})$/.exec(id) ?? []
  return name ? { name, hash } : undefined
}

/** The name of the unit of the source's block at `index` (numbered from 1, as messages number blocks). */
export const blockUnitName = (index: number) => `block-${index + 1}`

/** Whether a unit name names a block rather than a field. */
export const isBlockUnitName = (name: string) => /^block-\d+$/.test(name)

/** The essay in `locale` as units; undefined when `locale` is the essay's own language. */
export function essayText(essay: Essay, locale: Locale): TranslationText | undefined {
  if (locale === essay.sourceLocale) return undefined
  const file = essay.files[locale]
  const original = file ? originalOf(essay, file) : essay.source
  const folder = path.posix.dirname(essay.source.file)
  return textOf(
    'essay',
    essay.slug,
    locale,
    original,
    essayVersion(original),
    `${folder}/${locale}.md`,
    file,
    file && essayStatus(essay, locale)
  )
}

/** The term's entry in `locale` as units, translated from the default locale's; undefined for that locale or without that entry. */
export function termText(term: Term, locale: Locale): TranslationText | undefined {
  const source = term.entries[defaultLocale]
  if (!source || locale === defaultLocale) return undefined
  const entry = term.entries[locale]
  return textOf(
    'term',
    term.id,
    locale,
    source,
    entryVersion(source),
    `${term.folder}/${locale}.md`,
    entry,
    entry && entryStatus(term, locale)
  )
}

function textOf(
  kind: 'essay' | 'term',
  id: string,
  locale: Locale,
  original: EssayFile | TermEntry,
  version: SourceVersion,
  file: string,
  existing: EssayFile | TermEntry | undefined,
  status: TranslationStatus | undefined
): TranslationText {
  const fieldValue = (text: EssayFile | TermEntry, name: string) => {
    const value = (text as unknown as Record<string, unknown>)[name]
    return typeof value === 'string' ? value : undefined
  }
  const sources = blockSources(original.body)
  const translation = existing && {
    fields: Object.fromEntries(version.fields.map((field) => [field.name, fieldValue(existing, field.name)])),
    body: existing.body,
    stamp: existing.stamp,
    blocks: blockSources(existing.body)
  }
  const counterparts = translation ? translatedBlocks(translation.stamp, version) : []
  const outdatedFields = new Set(status?.state === 'outdated' ? status.fields.map((change) => change.field) : [])
  const outdatedBlocks = new Set(status ? changedSourceBlocks(status) : [])
  const fields = version.fields.map((field): TranslationUnit => {
    const target = translation?.fields[field.name]
    return {
      name: field.name,
      hash: field.hash,
      field: field.name,
      source: [fieldValue(original, field.name) ?? ''],
      target: target === undefined ? undefined : [target],
      current: target !== undefined && !outdatedFields.has(field.name)
    }
  })
  const blocks = version.blocks.flatMap((block, index): TranslationUnit[] => {
    const source = sources[index]
    // A block the renderer makes without a place in the text (footnotes) is translated in the file itself.
    if (!source) return []
    const counterpart = counterparts[index]
    const target = counterpart === undefined ? undefined : translation?.blocks[counterpart]?.content
    return [
      {
        name: blockUnitName(index),
        hash: block.hash,
        block: index,
        source: source.content,
        target,
        current: target !== undefined && !outdatedBlocks.has(index)
      }
    ]
  })
  return {
    kind,
    id,
    locale,
    original: { file: original.file, locale: original.locale, body: original.body, blocks: sources },
    version,
    file,
    translation,
    counterparts,
    units: [...fields, ...blocks]
  }
}
