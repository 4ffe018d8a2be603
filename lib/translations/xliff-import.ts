/**
 * `npm run translations -- import <file>`: an XLIFF 2.0 document back into
 * the Markdown files, all or nothing.
 *
 * A unit is taken when its segment is `translated`, `reviewed` or `final` and
 * has a target; `initial` ones are left as they are. A taken unit whose text
 * differs from the file's is written there: a field in the front matter, a
 * block's content between its own frame (list marker, heading hashes), and a
 * block the file does not have yet is inserted where its source has it. Only
 * those bytes change. Every taken unit is then stamped as following its
 * source's current version, and only those: the rest of the stamp stays.
 *
 * Everything is checked before anything is written; each refusal is one line
 * naming the file or unit: a malformed document, an unknown language, a file
 * or unit id the content does not have, a unit whose source changed since the
 * export (its id carries the hash), markup that would not survive as Markdown,
 * links that differ from the source's, a new file with units left to translate.
 */
import { formatStamp, stampKey } from '@/lib/content/stamp-field'
import type { Content, Stamp } from '@/lib/content/types'
import { type Locale, localeInfo, localeOfTag } from '@/lib/i18n/locales'
import { renderedBlocks } from '@/lib/render/rendered-blocks'
import { stampOf } from './block-hashes'
import { blockShapeProblem } from './block-shape'
import { type FileWrite, ImportRefused } from './file-writes'
import { withFrontMatter } from './front-matter-edit'
import { blockSources, type Inline, plainText, sameContent, writeBlockContent } from './inline-markup'
import {
  essayText,
  isBlockUnitName,
  parseTextId,
  parseUnitId,
  type TranslationText,
  type TranslationUnit,
  termText,
  unitId
} from './translation-units'
import { readXliff, XliffError, type XliffUnit } from './xliff-document'

export interface XliffImport {
  writes: FileWrite[]
  /** What was left alone, one line each (units still to translate, files left unstamped). */
  notes: string[]
}

/** A taken unit: its text as the translator left it. */
interface Taken {
  unit: TranslationUnit
  target: Inline[]
  where: string
}

/**
 * The files an XLIFF document changes, as their new text.
 * @param read the current text of a project-relative file, undefined when there is none
 */
export function importXliff(content: Content, xml: string, read: (file: string) => string | undefined): XliffImport {
  const problems: string[] = []
  const notes: string[] = []
  let document: ReturnType<typeof readXliff>
  try {
    document = readXliff(xml)
  } catch (error) {
    if (error instanceof XliffError) throw new ImportRefused([error.message])
    throw error
  }
  const locale = localeOfTag(document.trgLang)
  const from = localeOfTag(document.srcLang)
  if (!locale)
    throw new ImportRefused([
      `trgLang "${document.trgLang}" is not a language of this publication (${Object.values(localeInfo)
        .map((info) => info.lang)
        .join(', ')})`
    ])
  if (!from) throw new ImportRefused([`srcLang "${document.srcLang}" is not a language of this publication`])

  const writes: FileWrite[] = []
  let initial = 0
  for (const file of document.files) {
    const text = textFor(content, file.id, locale)
    if (typeof text === 'string') {
      problems.push(`file ${file.id}: ${text}`)
      continue
    }
    if (text.original.locale !== from) {
      problems.push(
        `file ${file.id}: its ${locale} text is translated from ${text.original.locale}, but the document's srcLang is ${document.srcLang}`
      )
      continue
    }
    const byId = new Map(text.units.map((unit) => [unitId(unit), unit]))
    const byName = new Map(text.units.map((unit) => [unit.name, unit]))
    const taken: Taken[] = []
    for (const xliffUnit of file.units) {
      const where = `${file.id} unit ${xliffUnit.id}`
      const unit = byId.get(xliffUnit.id)
      if (!unit) {
        problems.push(`${where}: ${unknownUnit(xliffUnit.id, byName, text)}`)
        continue
      }
      if (!isDone(xliffUnit)) {
        initial++
        continue
      }
      taken.push({ unit, target: xliffUnit.target ?? [], where })
    }
    if (taken.length === 0) continue
    const written = writeText(text, taken, read, problems)
    if (written && written.text !== read(text.file)) writes.push(written)
    if (written?.unstamped) notes.push(written.unstamped)
  }
  if (initial > 0)
    notes.push(`${initial} unit(s) still in state initial were left as they are (a CAT tool marks a unit translated once it is confirmed)`)
  if (problems.length > 0) throw new ImportRefused(problems)
  return { writes, notes }
}

function isDone(unit: XliffUnit): boolean {
  return unit.state !== 'initial' && unit.target !== undefined
}

function textFor(content: Content, fileId: string, locale: Locale): TranslationText | string {
  const { kind, id } = parseTextId(fileId) ?? {}
  if (kind === 'essay' && id !== undefined) {
    const essay = content.essays.get(id)
    if (!essay) return `there is no essay "${id}"`
    return essayText(essay, locale) ?? `${locale} is the essay's own language: there is nothing to translate into it`
  }
  if (kind === 'term' && id !== undefined) {
    const term = content.terms.get(id)
    if (!term) return `there is no term "${id}"`
    return termText(term, locale) ?? `${locale} is the language glossary entries are translated from, or the term has no entry in it`
  }
  return 'is neither an essay (essay.<slug>) nor a term (term.<term-id>)'
}

function unknownUnit(id: string, byName: Map<string, TranslationUnit>, text: TranslationText): string {
  const parsed = parseUnitId(id)
  if (!parsed) return 'is not a unit id of Glossa (<field or block-n>.<hash>)'
  const { name, hash } = parsed
  const unit = byName.get(name)
  if (!unit) {
    const blocks = text.version.blocks.length
    return isBlockUnitName(name)
      ? `the ${text.kind} has no ${name.replace('-', ' ')} (it has ${blocks})`
      : `the ${text.kind} has no field ${name}`
  }
  return `the source of ${name.replace('-', ' ')} changed since the export (its hash is ${unit.hash} now, ${hash} then): export again and translate the new source`
}

interface WrittenText extends FileWrite {
  /** Why the file was not stamped, when it was not. */
  unstamped?: string
}

function writeText(
  text: TranslationText,
  taken: Taken[],
  read: (file: string) => string | undefined,
  problems: string[]
): WrittenText | undefined {
  const fields: Record<string, string> = {}
  for (const { unit, target, where } of taken) {
    if (unit.field === undefined) continue
    // A field is one line of plain text, as the loader reads it.
    const value = plainText(target)
      .replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
      .trim()
    if (value === '') problems.push(`${where}: is empty: translate it, or leave the unit in state initial`)
    else if (text.translation?.fields[unit.field] !== value) fields[unit.field] = value
  }
  const blocks = taken.filter((one) => one.unit.block !== undefined)
  return text.translation
    ? updateFile(text, text.translation, fields, blocks, taken, read, problems)
    : newFile(text, fields, blocks, taken, problems)
}

/** A block's new content at a place of the body: replacing an existing block's content, or a new block. */
interface BodyEdit {
  from: number
  to: number
  text: string
  taken: Taken
  /** What the block must read back as. */
  expected: Inline[]
  /**
   * Where the block is among the file's blocks: the index of the block it
   * rewrites, or, for a new one, half-way after the block it follows (-0.5 for first).
   */
  place: number
  /** For a new block: its order among those inserted at the same place. */
  order: number
}

/** The index of an edit's block in the new body: its place, moved on by the new blocks before it. */
function newIndexOf(edit: BodyEdit, edits: readonly BodyEdit[]): number {
  const isNew = (one: BodyEdit) => !Number.isInteger(one.place)
  const before = edits.filter(
    (one) => isNew(one) && (one.place < edit.place || (one.place === edit.place && one.order < edit.order))
  ).length
  return (isNew(edit) ? Math.floor(edit.place) + 1 : edit.place) + before
}

function updateFile(
  text: TranslationText,
  translation: NonNullable<TranslationText['translation']>,
  fields: Record<string, string>,
  blocks: Taken[],
  taken: Taken[],
  read: (file: string) => string | undefined,
  problems: string[]
): WrittenText | undefined {
  const raw = read(text.file)
  if (raw === undefined || !raw.endsWith(translation.body)) {
    problems.push(`${text.file}: changed on disk since the content was loaded: import again`)
    return undefined
  }
  const { stamp } = translation
  const body = translation.body
  const edits: BodyEdit[] = []
  // Stamp entries of the translation's blocks, in its order; a new block takes its source's hash.
  const stampBlocks: { at: number; order: number; hash: string }[] = (stamp?.blocks ?? []).map((hash, index) => ({
    at: index,
    order: 0,
    hash
  }))
  const sourceHash = (taken: Taken) => text.version.blocks[taken.unit.block ?? -1].hash
  let inserted = 0
  for (const one of blocks) {
    const index = one.unit.block ?? -1
    const counterpart = text.counterparts[index]
    if (counterpart !== undefined) {
      const block = translation.blocks[counterpart]
      if (!block) {
        problems.push(
          counterpart < translation.blocks.length
            ? `${one.where}: the file's block ${counterpart + 1} has no place of its own in its text: edit it in the file`
            : `${one.where}: ${text.file} has no block ${counterpart + 1} to put it in: align the file with its source and stamp it first`
        )
        continue
      }
      if (stamp) stampBlocks[counterpart].hash = sourceHash(one)
      if (sameContent(one.target, block.content)) continue
      const { markdown, expected } = writeBlockContent(one.target, {
        kind: block.kind,
        framePrefix: body.slice(block.start, block.contentStart)
      })
      edits.push({ from: block.contentStart, to: block.contentEnd, text: markdown, taken: one, expected, place: counterpart, order: 0 })
      continue
    }
    // A block the translation does not have yet: after the block that renders the nearest source block before it.
    const before = text.counterparts.slice(0, index).findLastIndex((place) => place !== undefined)
    const anchor = before === -1 ? undefined : translation.blocks[text.counterparts[before] ?? -1]
    const { block, expected } = newBlock(text, one)
    const separator = separatorBefore(text, index)
    const at = anchor ? anchor.end : (translation.blocks.find((found) => found)?.start ?? body.length)
    const place = anchor ? (text.counterparts[before] ?? 0) + 0.5 : -0.5
    inserted++
    edits.push({ from: at, to: at, text: anchor ? separator + block : block + separator, taken: one, expected, place, order: inserted })
    stampBlocks.push({ at: place, order: inserted, hash: sourceHash(one) })
  }
  const newBody = applied(body, edits)
  if (!checkBody(text, newBody, edits, problems)) return undefined

  const stampFields = { ...(stamp?.fields ?? {}) }
  for (const { unit } of taken) if (unit.field !== undefined) stampFields[unit.field] = unit.hash
  const everything = text.units.every((unit) => taken.some((one) => one.unit === unit))
  let unstamped: string | undefined
  let newStamp: Stamp | undefined
  if (stamp) {
    const ordered = stampBlocks.sort((a, b) => a.at - b.at || a.order - b.order).map((entry) => entry.hash)
    newStamp = { fields: stampFields, blocks: ordered }
  } else if (everything) {
    newStamp = stampOf(text.version)
  } else {
    unstamped = `${text.file}: not stamped: it had no stamp, and only part of it was imported (stamp it once all of it follows the source)`
  }
  const values: Record<string, string> = { ...fields }
  if (newStamp && (!stamp || formatStamp(newStamp) !== formatStamp(stamp))) values[stampKey] = formatStamp(newStamp)
  const head = raw.slice(0, raw.length - body.length)
  const written = Object.keys(values).length > 0 ? withFrontMatter(head + newBody, values) : head + newBody
  return { file: text.file, text: written, summary: summaryOf(fields, edits, inserted, values[stampKey] !== undefined), unstamped }
}

function newFile(
  text: TranslationText,
  fields: Record<string, string>,
  blocks: Taken[],
  taken: Taken[],
  problems: string[]
): WrittenText | undefined {
  // Optional fields (a description, a literal meaning) may stay out of a new file; everything else must be there.
  const optional = new Set(['description', 'literal', 'meaning'])
  const missing = text.units.find((unit) => !taken.some((one) => one.unit === unit) && !(unit.field && optional.has(unit.field)))
  if (missing) {
    problems.push(
      `${text.file}: does not exist yet, and ${missing.name} has no translated target: translate every unit of a new file (or create it by hand)`
    )
    return undefined
  }
  // The source's body with each block's content translated: what lies between blocks (link definitions) is kept.
  const body = text.original.body
  const edits = blocks.flatMap((one): BodyEdit[] => {
    const block = text.original.blocks[one.unit.block ?? -1]
    if (!block) return []
    const { markdown, expected } = writeBlockContent(one.target, {
      kind: block.kind,
      framePrefix: body.slice(block.start, block.contentStart)
    })
    return [{ from: block.contentStart, to: block.contentEnd, text: markdown, taken: one, expected, place: one.unit.block ?? -1, order: 0 }]
  })
  const newBody = applied(body, edits)
  if (!checkBody(text, newBody, edits, problems)) return undefined
  const stamp = stampOf(text.version)
  const vouched = {
    fields: Object.fromEntries(Object.entries(stamp.fields).filter(([name]) => fields[name] !== undefined)),
    blocks: stamp.blocks
  }
  const values = {
    ...fields,
    ...(text.kind === 'essay' ? { translatedFrom: text.original.locale } : {}),
    [stampKey]: formatStamp(vouched)
  }
  return {
    file: text.file,
    text: withFrontMatter(`---\n---\n${body === '' ? '' : newBody}`, values),
    summary: `new file, ${summaryOf(fields, edits, 0, true)}`
  }
}

/** The source block's Markdown with the translated content, for a block the translation does not have yet. */
function newBlock(text: TranslationText, one: Taken): { block: string; expected: Inline[] } {
  const source = text.original.blocks[one.unit.block ?? -1]
  const body = text.original.body
  if (!source) return { block: '', expected: [] }
  const { markdown, expected } = writeBlockContent(one.target, {
    kind: source.kind,
    framePrefix: body.slice(source.start, source.contentStart)
  })
  return { block: body.slice(source.start, source.contentStart) + markdown + body.slice(source.contentEnd, source.end), expected }
}

/** What separates a source block from the block before it (a blank line, or a line break between list items). */
function separatorBefore(text: TranslationText, index: number): string {
  const here = text.original.blocks[index]
  const before = text.original.blocks[index - 1]
  return here && before ? text.original.body.slice(before.end, here.start) : '\n\n'
}

function applied(body: string, edits: BodyEdit[]): string {
  let result = body
  for (const edit of [...edits].sort((a, b) => b.from - a.from || b.order - a.order)) {
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to)
  }
  return result
}

/**
 * Whether the new body reads back as intended: each written block has the
 * content it was given, and the kind and links of its source's block.
 */
function checkBody(text: TranslationText, newBody: string, edits: BodyEdit[], problems: string[]): boolean {
  const before = problems.length
  const written = blockSources(newBody)
  const elements = renderedBlocks(newBody)
  const sourceElements = renderedBlocks(text.original.body)
  for (const edit of edits) {
    const index = newIndexOf(edit, edits)
    const block = written[index]
    const element = elements[index]
    const source = sourceElements[edit.taken.unit.block ?? -1]
    if (!block || !sameContent(block.content, edit.expected)) {
      problems.push(
        `${edit.taken.where}: its markup would not survive as Markdown (a code right next to punctuation, or a line that starts a new block?): “${plainText(edit.expected).slice(0, 60)}”`
      )
    } else {
      const problem = source && element && blockShapeProblem(element, source)
      if (problem) problems.push(`${edit.taken.where}: ${problem}`)
    }
  }
  const blocks = (text.translation ?? text.original).blocks.length + edits.filter((edit) => !Number.isInteger(edit.place)).length
  if (problems.length === before && written.length !== blocks) {
    problems.push(`${text.file}: the new blocks would not stay blocks of their own: write them in the file by hand`)
  }
  return problems.length === before
}

function summaryOf(fields: Record<string, string>, edits: BodyEdit[], inserted: number, stamped: boolean): string {
  const parts = [
    ...Object.keys(fields),
    edits.length - inserted > 0 ? `${edits.length - inserted} block(s)` : '',
    inserted > 0 ? `${inserted} new block(s)` : ''
  ].filter(Boolean)
  return `${parts.join(', ') || 'no text changed'}${stamped ? '; stamped' : ''}`
}
