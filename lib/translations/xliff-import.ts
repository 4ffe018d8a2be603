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
import { requiredFields } from '@/lib/content/translated-fields'
import type { Content, Stamp } from '@/lib/content/types'
import { type Locale, localeInfo, localeOfTag } from '@/lib/i18n/locales'
import { renderedBlocks } from '@/lib/render/rendered-blocks'
import { stampOf } from './block-hashes'
import { blockShapeProblem } from './block-shape'
import { type FileWrite, ImportRefused } from './file-writes'
import { withFrontMatter } from './front-matter-edit'
import { type BlockSource, blockSources, type Inline, plainText, sameContent, writeBlockContent } from './inline-markup'
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
    const written = writeText({ text, taken, read, problems })
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

/** What writing one text needs: the text, its taken units, the files as they are, and where refusals go. */
interface Writing {
  text: TranslationText
  taken: Taken[]
  read: (file: string) => string | undefined
  problems: string[]
}

function writeText(writing: Writing): WrittenText | undefined {
  const { text, taken, problems } = writing
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
  return text.translation ? updateFile(writing, text.translation, fields) : newFile(writing, fields)
}

/**
 * One block of the new body, in the order the renderer numbers them: the
 * file's own (left alone or given a unit's content) or a new one, made from
 * its source's block. The new body's text, its stamp and the check that it
 * reads back as intended all come from this list.
 */
interface PlannedBlock {
  /** Its stamp entry: the hash of the source it follows. */
  hash: string | undefined
  /** For a block a unit wrote: the unit and what the block must read back as. */
  written?: { taken: Taken; expected: Inline[] }
  /** How the body's text changes for it: its content replaced, or a new block inserted (`from` = `to`). */
  edit?: { from: number; to: number; text: string }
}

/** A block's Markdown with `target` as its content, in the block's own frame (list marker, heading hashes). */
function withContent(block: BlockSource, body: string, target: Inline[]): { content: string; whole: string; expected: Inline[] } {
  const frame = body.slice(block.start, block.contentStart)
  const { markdown, expected } = writeBlockContent(target, { kind: block.kind, framePrefix: frame })
  return { content: markdown, whole: frame + markdown + body.slice(block.contentEnd, block.end), expected }
}

/** A file's block given a unit's content, in place. */
function rewritten(block: BlockSource, body: string, taken: Taken, hash: string | undefined): PlannedBlock {
  const { content, expected } = withContent(block, body, taken.target)
  return { hash, written: { taken, expected }, edit: { from: block.contentStart, to: block.contentEnd, text: content } }
}

/** The body with every planned edit made; new blocks at one place go in the plan's order. */
function bodyOf(body: string, plan: readonly PlannedBlock[]): string {
  const edits = plan.flatMap((block, order) => (block.edit ? [{ ...block.edit, order }] : []))
  let result = body
  for (const edit of edits.sort((a, b) => b.from - a.from || b.order - a.order)) {
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to)
  }
  return result
}

const sourceHash = (text: TranslationText, taken: Taken) => text.version.blocks[taken.unit.block ?? -1]?.hash

/**
 * The translation's blocks, each given its unit's content when one was
 * taken, and the source's blocks it does not have yet, each after the block
 * that renders the nearest source block before it.
 */
function planUpdate(writing: Writing, translation: NonNullable<TranslationText['translation']>): PlannedBlock[] {
  const { text, problems } = writing
  const { body, stamp } = translation
  const plan: PlannedBlock[] = translation.blocks.map((_, index) => ({ hash: stamp?.blocks[index] }))
  const newBlocks: Taken[] = []
  for (const one of writing.taken) {
    if (one.unit.block === undefined) continue
    const counterpart = text.counterparts[one.unit.block]
    if (counterpart === undefined) {
      newBlocks.push(one)
      continue
    }
    const block = translation.blocks[counterpart]
    if (!block) {
      problems.push(
        counterpart < translation.blocks.length
          ? `${one.where}: the file's block ${counterpart + 1} has no place of its own in its text: edit it in the file`
          : `${one.where}: ${text.file} has no block ${counterpart + 1} to put it in: align the file with its source and stamp it first`
      )
      continue
    }
    const hash = stamp ? sourceHash(text, one) : undefined
    plan[counterpart] = sameContent(one.target, block.content) ? { hash } : rewritten(block, body, one, hash)
  }
  const fileBlocks = [...plan]
  // In the source's order, so that new blocks after one anchor keep it.
  for (const one of newBlocks.sort((a, b) => (a.unit.block ?? 0) - (b.unit.block ?? 0))) {
    const index = one.unit.block ?? -1
    const source = text.original.blocks[index]
    if (!source) continue
    const before = text.counterparts.slice(0, index).findLast((place) => place !== undefined)
    const anchor = before === undefined ? undefined : translation.blocks[before]
    const { whole, expected } = withContent(source, text.original.body, one.target)
    const separator = separatorBefore(text, index)
    const at = anchor ? anchor.end : (translation.blocks.find((found) => found)?.start ?? body.length)
    const planned: PlannedBlock = {
      hash: sourceHash(text, one),
      written: { taken: one, expected },
      edit: { from: at, to: at, text: anchor ? separator + whole : whole + separator }
    }
    // After its anchor and the new blocks already put after it.
    let place = anchor && before !== undefined ? plan.indexOf(fileBlocks[before]) + 1 : 0
    while (place < plan.length && plan[place].edit?.from === at && plan[place].edit?.to === at) place++
    plan.splice(place, 0, planned)
  }
  return plan
}

function updateFile(
  writing: Writing,
  translation: NonNullable<TranslationText['translation']>,
  fields: Record<string, string>
): WrittenText | undefined {
  const { text, taken, read, problems } = writing
  const raw = read(text.file)
  if (raw === undefined || !raw.endsWith(translation.body)) {
    problems.push(`${text.file}: changed on disk since the content was loaded: import again`)
    return undefined
  }
  const { stamp } = translation
  const plan = planUpdate(writing, translation)
  const newBody = bodyOf(translation.body, plan)
  if (!readsBack(text, newBody, plan, problems)) return undefined

  const stampFields = { ...(stamp?.fields ?? {}) }
  for (const { unit } of taken) if (unit.field !== undefined) stampFields[unit.field] = unit.hash
  const everything = text.units.every((unit) => taken.some((one) => one.unit === unit))
  let unstamped: string | undefined
  let newStamp: Stamp | undefined
  if (stamp) {
    newStamp = { fields: stampFields, blocks: plan.map((block) => block.hash ?? '') }
  } else if (everything) {
    newStamp = stampOf(text.version)
  } else {
    unstamped = `${text.file}: not stamped: it had no stamp, and only part of it was imported (stamp it once all of it follows the source)`
  }
  const values: Record<string, string> = { ...fields }
  if (newStamp && (!stamp || formatStamp(newStamp) !== formatStamp(stamp))) values[stampKey] = formatStamp(newStamp)
  const head = raw.slice(0, raw.length - translation.body.length)
  const written = Object.keys(values).length > 0 ? withFrontMatter(head + newBody, values) : head + newBody
  return { file: text.file, text: written, summary: summaryOf(fields, plan, values[stampKey] !== undefined), unstamped }
}

function newFile(writing: Writing, fields: Record<string, string>): WrittenText | undefined {
  const { text, taken, problems } = writing
  // Fields a file may go without (a description, a literal meaning) may stay out of a new one; everything else must be there.
  const missing = text.units.find((unit) => !taken.some((one) => one.unit === unit) && (!unit.field || requiredFields.has(unit.field)))
  if (missing) {
    problems.push(
      `${text.file}: does not exist yet, and ${missing.name} has no translated target: translate every unit of a new file (or create it by hand)`
    )
    return undefined
  }
  // The source's body with each block's content translated: what lies between blocks (link definitions) is kept.
  const body = text.original.body
  const stamp = stampOf(text.version)
  const plan = text.original.blocks.map((block, index): PlannedBlock => {
    const one = taken.find((candidate) => candidate.unit.block === index)
    return block && one ? rewritten(block, body, one, stamp.blocks[index]) : { hash: stamp.blocks[index] }
  })
  const newBody = bodyOf(body, plan)
  if (!readsBack(text, newBody, plan, problems)) return undefined
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
    summary: `new file, ${summaryOf(fields, plan, true)}`
  }
}

/** What separates a source block from the block before it (a blank line, or a line break between list items). */
function separatorBefore(text: TranslationText, index: number): string {
  const here = text.original.blocks[index]
  const before = text.original.blocks[index - 1]
  return here && before ? text.original.body.slice(before.end, here.start) : '\n\n'
}

/**
 * Whether the new body reads back as planned: as many blocks as the plan,
 * each written block at its place with the content it was given, and the
 * kind and links of its source's block.
 */
function readsBack(text: TranslationText, newBody: string, plan: readonly PlannedBlock[], problems: string[]): boolean {
  const before = problems.length
  const written = blockSources(newBody)
  const elements = renderedBlocks(newBody)
  const sourceElements = renderedBlocks(text.original.body)
  plan.forEach((planned, index) => {
    if (!planned.written) return
    const { taken, expected } = planned.written
    const block = written[index]
    const source = sourceElements[taken.unit.block ?? -1]
    if (!block || !sameContent(block.content, expected)) {
      problems.push(
        `${taken.where}: its markup would not survive as Markdown (a code right next to punctuation, or a line that starts a new block?): “${plainText(expected).slice(0, 60)}”`
      )
      return
    }
    const problem = source && elements[index] && blockShapeProblem(elements[index], source)
    if (problem) problems.push(`${taken.where}: ${problem}`)
  })
  if (problems.length === before && written.length !== plan.length) {
    problems.push(`${text.file}: the new blocks would not stay blocks of their own: write them in the file by hand`)
  }
  return problems.length === before
}

function summaryOf(fields: Record<string, string>, plan: readonly PlannedBlock[], stamped: boolean): string {
  const inserted = plan.filter((block) => block.edit && block.edit.from === block.edit.to).length
  const changed = plan.filter((block) => block.edit).length - inserted
  const parts = [...Object.keys(fields), changed > 0 ? `${changed} block(s)` : '', inserted > 0 ? `${inserted} new block(s)` : ''].filter(
    Boolean
  )
  return `${parts.join(', ') || 'no text changed'}${stamped ? '; stamped' : ''}`
}
