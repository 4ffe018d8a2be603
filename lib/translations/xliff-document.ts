/**
 * XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core): writing and reading
 * the parts Glossa uses, with fast-xml-parser.
 *
 * Each unit has one segment, whose `state` says what is left to do; its
 * inline codes are `<pc>` (a span: bold, a link) and `<ph>` (a standalone
 * piece: inline code, an image, block structure), and the Markdown each stands
 * for is in the unit's `<originalData>`, so a CAT tool shows it and protects
 * it. Reading accepts what tools write back: several segments and ignorables
 * in a unit (joined), `<sc>`/`<ec>` pairs (read as the span they delimit),
 * `<mrk>` annotations (their content), `<cp>` code points, groups.
 *
 * Why not the `xliff` package (6.4.0), which tests use to read these files as
 * a tool would: it cannot write a segment's `state` (locize/xliff#51) nor a
 * unit's `<originalData>`, keeps only the last segment of a unit it reads, and
 * its indentation adds whitespace inside sources that hold inline codes.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'
import { type CodeKind, type Inline, merged } from './inline-markup'

export const segmentStates = ['initial', 'translated', 'reviewed', 'final'] as const
export type SegmentState = (typeof segmentStates)[number]

export interface XliffUnit {
  /** Unique in its file: Glossa's ids say which field or block, and the hash of its source (`block-3.37ebb4c7`). */
  id: string
  state: SegmentState
  /** Shown to the translator beside the unit (the glossary terms in it). */
  notes: string[]
  source: Inline[]
  /** Absent while there is no translation. */
  target?: Inline[]
}

export interface XliffFile {
  /** Unique in the document: `essay.<slug>`, `term.<term-id>`. */
  id: string
  /** The path of the source file, for people and tools. */
  original?: string
  units: XliffUnit[]
}

export interface XliffDocument {
  /** BCP 47 tags. */
  srcLang: string
  trgLang: string
  files: XliffFile[]
}

const namespace = 'urn:oasis:names:tc:xliff:document:2.0'

/** A problem with a document, in one line; `where` names the file and unit when known. */
export class XliffError extends Error {
  constructor(
    message: string,
    readonly where?: string
  ) {
    super(where ? `${where}: ${message}` : message)
    this.name = 'XliffError'
  }
}

// ---------------------------------------------------------------- writing

type XmlNode = { [name: string]: XmlNode[] | string | Record<string, string> | undefined; ':@'?: Record<string, string> }

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  processEntities: true
})

const element = (name: string, attributes: Record<string, string | undefined>, children: XmlNode[] = []): XmlNode => {
  const defined = Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined))
  return Object.keys(defined).length > 0 ? { [name]: children, ':@': defined } : { [name]: children }
}
const text = (value: string): XmlNode => ({ '#text': value })

/** Children of an element whose content is elements only, one per line: whitespace there means nothing, and it makes the file readable. */
function indented(children: XmlNode[], depth: number): XmlNode[] {
  const pad = `\n${'  '.repeat(depth + 1)}`
  return [...children.flatMap((child) => [text(pad), child]), text(`\n${'  '.repeat(depth)}`)]
}

const codeAttributes: Record<CodeKind, { type: string; subType?: string; canDelete?: 'no' }> = {
  strong: { type: 'fmt', subType: 'xlf:b' },
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  delete: { type: 'fmt', subType: 'xlf:s' },
  // A translation keeps its source's links (the content check compares them), and its structure.
  link: { type: 'link', canDelete: 'no' },
  code: { type: 'other' },
  image: { type: 'image' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  html: { type: 'other' },
  markup: { type: 'other', canDelete: 'no' }
}

export function writeXliff(document: XliffDocument): string {
  const files = document.files.map((file) =>
    element(
      'file',
      { id: file.id, original: file.original },
      indented(
        file.units.map((unit) => unitElement(unit, 2)),
        1
      )
    )
  )
  const root = element(
    'xliff',
    { xmlns: namespace, version: '2.0', srcLang: document.srcLang, trgLang: document.trgLang },
    indented(files, 0)
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root])}\n`
}

function unitElement(unit: XliffUnit, depth: number): XmlNode {
  const codes = new CodeTable()
  const source = codes.inline(unit.source, 'source')
  const target = unit.target && codes.inline(unit.target, 'target')
  const children: XmlNode[] = []
  if (unit.notes.length > 0) {
    children.push(
      element(
        'notes',
        {},
        indented(
          unit.notes.map((note) => element('note', { category: 'glossary' }, [text(note)])),
          depth + 1
        )
      )
    )
  }
  if (codes.data.size > 0) {
    const data = [...codes.data].map(([value, id]) => element('data', { id }, [text(value)]))
    children.push(element('originalData', {}, indented(data, depth + 1)))
  }
  const segment = [element('source', { 'xml:space': 'preserve' }, source)]
  if (target) segment.push(element('target', { 'xml:space': 'preserve' }, target))
  children.push(element('segment', { state: unit.state }, indented(segment, depth + 1)))
  return element('unit', { id: unit.id }, indented(children, depth))
}

/**
 * The codes of one unit: each distinct piece of Markdown is one `<data>`; the
 * target's codes take the ids of the source's codes they repeat, in order.
 */
class CodeTable {
  readonly data = new Map<string, string>()
  private readonly sourceIds = new Map<string, string[]>()
  private next = 1

  inline(pieces: readonly Inline[], side: 'source' | 'target'): XmlNode[] {
    const taken = new Map<string, number>()
    const idOf = (key: string) => {
      if (side === 'source') {
        const id = String(this.next++)
        this.sourceIds.set(key, [...(this.sourceIds.get(key) ?? []), id])
        return id
      }
      const count = taken.get(key) ?? 0
      taken.set(key, count + 1)
      return this.sourceIds.get(key)?.[count] ?? String(this.next++)
    }
    return pieces.map((piece) => {
      if (typeof piece === 'string') return text(piece)
      const { type, subType, canDelete } = codeAttributes[piece.kind]
      if (piece.code === 'placeholder') {
        return element('ph', { id: idOf(`ph\u0000${piece.data}`), dataRef: this.dataId(piece.data), type, subType, canDelete })
      }
      const id = idOf(`pc\u0000${piece.start}\u0000${piece.end}`)
      const attributes = { id, dataRefStart: this.dataId(piece.start), dataRefEnd: this.dataId(piece.end), type, subType, canDelete }
      return element('pc', attributes, this.inline(piece.content, side))
    })
  }

  private dataId(value: string): string {
    const known = this.data.get(value)
    if (known) return known
    const id = `d${this.data.size + 1}`
    this.data.set(value, id)
    return id
  }
}

// ---------------------------------------------------------------- reading

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Character references (&#x41;) are decoded with the entities.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment'
})

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> }

const nameOf = (node: Parsed) => Object.keys(node).find((key) => key !== ':@') ?? ''
const childrenOf = (node: Parsed): Parsed[] => {
  const children = node[nameOf(node)]
  return Array.isArray(children) ? (children as Parsed[]) : []
}
const attributesOf = (node: Parsed): Record<string, string> => node[':@'] ?? {}
const elementsOf = (node: Parsed, name?: string) =>
  childrenOf(node).filter((child) => !['#text', '#comment'].includes(nameOf(child)) && (name === undefined || nameOf(child) === name))

/** The document in `xml`, or an `XliffError` naming the first thing wrong with it. */
export function readXliff(xml: string): XliffDocument {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new XliffError(`is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`)
  const [root] = (parser.parse(xml) as Parsed[]).filter((node) => !['#text', '#comment'].includes(nameOf(node)))
  const { version = '', srcLang, trgLang } = root ? attributesOf(root) : {}
  if (!root || nameOf(root) !== 'xliff' || !version.startsWith('2.')) {
    throw new XliffError(`is not an XLIFF 2 document (its root is <${root ? nameOf(root) : ''}>${version ? ` version ${version}` : ''})`)
  }
  if (!srcLang) throw new XliffError('has no srcLang on <xliff>: it must say the language of its sources')
  if (!trgLang) throw new XliffError('has no trgLang on <xliff>: it must say the language of its translations')
  const ids = new Set<string>()
  const files = elementsOf(root, 'file').map((file) => {
    const { id, original } = attributesOf(file)
    if (!id) throw new XliffError('a <file> has no id')
    if (ids.has(id)) throw new XliffError('appears twice in the document', `file ${id}`)
    ids.add(id)
    return { id, original, units: unitsIn(file, id) }
  })
  return { srcLang, trgLang, files }
}

function unitsIn(parent: Parsed, fileId: string): XliffUnit[] {
  const units: XliffUnit[] = []
  const ids = new Set<string>()
  const walk = (node: Parsed) => {
    for (const child of elementsOf(node)) {
      if (nameOf(child) === 'group') walk(child)
      if (nameOf(child) !== 'unit') continue
      const id = attributesOf(child).id
      if (!id) throw new XliffError('a <unit> has no id', `file ${fileId}`)
      if (ids.has(id)) throw new XliffError('appears twice in its file', `${fileId} unit ${id}`)
      ids.add(id)
      units.push(readUnit(child, `${fileId} unit ${id}`, id))
    }
  }
  walk(parent)
  return units
}

function readUnit(unit: Parsed, where: string, id: string): XliffUnit {
  const data = new Map<string, string>()
  for (const original of elementsOf(unit, 'originalData')) {
    for (const item of elementsOf(original, 'data')) data.set(attributesOf(item).id ?? '', contentText(item, where))
  }
  const notes = elementsOf(unit, 'notes').flatMap((list) => elementsOf(list, 'note').map((note) => contentText(note, where)))
  const parts = elementsOf(unit).filter((child) => ['segment', 'ignorable'].includes(nameOf(child)))
  if (!parts.some((part) => nameOf(part) === 'segment')) throw new XliffError('has no <segment>', where)
  const read = (element: Parsed | undefined) => (element ? readInline(childrenOf(element), data, where) : undefined)
  const source = parts.flatMap((part) => read(elementsOf(part, 'source')[0]) ?? [])
  // An ignorable without a target stands for its source (whitespace between segments); a segment without one has no translation yet.
  const targets = parts.map(
    (part) => read(elementsOf(part, 'target')[0]) ?? (nameOf(part) === 'ignorable' ? read(elementsOf(part, 'source')[0]) : undefined)
  )
  const target = targets.every((one) => one !== undefined) ? targets.flat() : undefined
  const states = parts.filter((part) => nameOf(part) === 'segment').map((part) => attributesOf(part).state ?? 'initial')
  for (const state of states) {
    if (!(segmentStates as readonly string[]).includes(state))
      throw new XliffError(`state "${state}" is not an XLIFF 2 state (${segmentStates.join(', ')})`, where)
  }
  // A unit is as far along as its least advanced segment.
  const state = segmentStates[Math.min(...states.map((one) => segmentStates.indexOf(one as SegmentState)))]
  return { id, state, notes, source: merged(foldSpans(source, where)), target: target && merged(foldSpans(target, where)) }
}

function contentText(node: Parsed, where: string): string {
  return readInline(childrenOf(node), new Map(), where)
    .map((piece) => (typeof piece === 'string' ? piece : ''))
    .join('')
}

/** A code start or end read from `<sc>`/`<ec>`, until `foldSpans` pairs them. */
interface Marker {
  code: 'marker'
  side: 'start' | 'end'
  id: string
  data: string
  kind: CodeKind
}

function readInline(nodes: Parsed[], data: Map<string, string>, where: string): Inline[] {
  const dataOf = (ref: string | undefined, what: string) => {
    const value = ref === undefined ? undefined : data.get(ref)
    if (value === undefined)
      throw new XliffError(`${what} refers to data "${ref ?? ''}", which the unit's <originalData> does not have`, where)
    return value
  }
  return nodes.flatMap((node): (Inline | Marker)[] => {
    const name = nameOf(node)
    const attributes = attributesOf(node)
    const kind: CodeKind = attributes.type === 'link' ? 'link' : attributes.type === 'fmt' ? 'strong' : 'markup'
    switch (name) {
      case '#text':
        return [String(node['#text'])]
      case '#comment':
        return []
      case 'pc':
        return [
          {
            code: 'span',
            kind,
            start: dataOf(attributes.dataRefStart, `<pc id="${attributes.id}">`),
            end: dataOf(attributes.dataRefEnd, `<pc id="${attributes.id}">`),
            content: readInline(childrenOf(node), data, where)
          }
        ]
      case 'ph':
        return [{ code: 'placeholder', kind, data: dataOf(attributes.dataRef, `<ph id="${attributes.id}">`) }]
      case 'sc':
        return [
          { code: 'marker', side: 'start', id: attributes.id ?? '', data: dataOf(attributes.dataRef, `<sc id="${attributes.id}">`), kind }
        ]
      case 'ec':
        return [
          { code: 'marker', side: 'end', id: attributes.startRef ?? attributes.id ?? '', data: dataOf(attributes.dataRef, `<ec>`), kind }
        ]
      case 'mrk':
        return readInline(childrenOf(node), data, where)
      case 'cp':
        return [String.fromCodePoint(Number.parseInt(attributes.hex ?? '', 16))]
      case 'sm':
      case 'em':
        return []
      default:
        throw new XliffError(`<${name}> is not an XLIFF 2 inline element`, where)
    }
  }) as Inline[]
}

/** `<sc>` … `<ec>` pairs as the spans they delimit; Markdown has no overlapping formatting, so neither may they overlap. */
function foldSpans(pieces: readonly (Inline | Marker)[], where: string): Inline[] {
  const stack: { opener?: Marker; pieces: Inline[] }[] = [{ pieces: [] }]
  for (const piece of pieces) {
    const top = stack[stack.length - 1]
    if (typeof piece === 'string' || piece.code !== 'marker') {
      top.pieces.push(typeof piece !== 'string' && piece.code === 'span' ? { ...piece, content: foldSpans(piece.content, where) } : piece)
    } else if (piece.side === 'start') {
      stack.push({ opener: piece, pieces: [] })
    } else if (top.opener?.id === piece.id) {
      stack.pop()
      stack[stack.length - 1].pieces.push({
        code: 'span',
        kind: top.opener.kind,
        start: top.opener.data,
        end: piece.data,
        content: top.pieces
      })
    } else {
      throw new XliffError(`<ec> of code "${piece.id}" does not close the code opened last: Markdown cannot overlap formatting`, where)
    }
  }
  const open = stack[stack.length - 1].opener
  if (open) throw new XliffError(`<sc id="${open.id}"> is never closed`, where)
  return stack[0].pieces
}
