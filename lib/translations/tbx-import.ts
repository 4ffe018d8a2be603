/**
 * `npm run translations -- import tbx <file>`: glossary entries from a
 * TBX-Basic file (as `export tbx` writes it, or a terminology tool), all or
 * nothing. Each `conceptEntry` is a term (its id the term id): an existing
 * entry takes the file's name, definition (its summary) and forms (its
 * `match`), changing only the lines that differ; a language or a term the
 * glossary does not have yet is created (a new term needs its default-locale
 * section, and a new entry its definition). Deprecated and superseded terms
 * are not forms. Entries are not stamped: a name or summary from a
 * terminology tool says nothing about the entry's body.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { normalizePattern } from '@/lib/annotate/normalize'
import { checkMatchForms } from '@/lib/content/cross-checks'
import { kebabCase } from '@/lib/content/files'
import { formatProblem } from '@/lib/content/problems'
import type { Content, Subject, Term, TermEntry } from '@/lib/content/types'
import { defaultLocale, type Locale, localeOfTag } from '@/lib/i18n/locales'
import { type FileWrite, ImportRefused } from './file-writes'
import { withFrontMatter } from './front-matter-edit'
import { tbxForms, termIdOf } from './tbx-export'

interface TbxLanguage {
  locale: Locale
  term: string
  forms: string[]
  definition?: string
}

interface TbxConcept {
  id: string
  subject?: Subject
  languages: TbxLanguage[]
}

const asArrays = new Set(['conceptEntry', 'langSec', 'termSec', 'termNote', 'descrip', 'note'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => asArrays.has(name)
})

type Node = Record<string, unknown>
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])
const textOf = (value: unknown): string =>
  (typeof value === 'string' ? value : typeof value === 'object' && value ? String((value as Node)['#text'] ?? '') : '').trim()
const typed = (nodes: unknown, type: string) => list(nodes).filter((node) => node['@type'] === type)

/**
 * The files a TBX document creates or changes.
 * @param read the current text of a project-relative file, undefined when there is none
 * @param glossaryFolder the project-relative glossary folder, where new terms go
 */
export function importTbx(
  content: Content,
  xml: string,
  read: (file: string) => string | undefined,
  glossaryFolder: string
): { writes: FileWrite[]; notes: string[] } {
  const concepts = readTbx(content, xml)
  const problems: string[] = []
  const notes: string[] = []
  const writes: FileWrite[] = []
  // The glossary as it will be, to check that no two terms claim one form.
  const terms = new Map(content.terms)
  for (const concept of concepts) {
    const term = content.terms.get(concept.id)
    const folder = term?.folder ?? `${glossaryFolder}/${concept.id}`
    if (!term && !concept.languages.some((language) => language.locale === defaultLocale)) {
      problems.push(
        `conceptEntry ${concept.id}: is a new term, so it needs a ${defaultLocale} language section (the entry every locale falls back to)`
      )
      continue
    }
    const entries: Partial<Record<Locale, TermEntry>> = { ...term?.entries }
    for (const language of concept.languages) {
      const where = `conceptEntry ${concept.id} langSec ${language.locale}`
      const entry = term?.entries[language.locale]
      const file = entry?.file ?? `${folder}/${language.locale}.md`
      if (!entry && !language.definition) {
        problems.push(`${where}: is a new entry, so it needs a definition (its summary)`)
        continue
      }
      const summary = language.definition ?? entry?.summary ?? ''
      const match = entry ? matchAfter(entry, language) : language.forms
      entries[language.locale] = {
        ...(entry ?? { id: concept.id, locale: language.locale, file, notMatch: [], body: '' }),
        term: language.term,
        summary,
        match
      }
      const values: Record<string, string | string[]> = {}
      if (language.term !== entry?.term) values.term = language.term
      if (summary !== entry?.summary) values.summary = summary
      if (match.join('\u0000') !== (entry?.match ?? [language.term]).join('\u0000')) values.match = match
      if (Object.keys(values).length === 0) continue
      const raw = entry ? read(file) : '---\n---\n'
      if (raw === undefined) {
        problems.push(`${file}: changed on disk since the content was loaded: import again`)
        continue
      }
      writes.push({
        file,
        text: withFrontMatter(raw, values),
        summary: entry ? `${Object.keys(values).join(', ')} from the TBX file` : 'new entry from the TBX file'
      })
    }
    if (!term && concept.subject) {
      writes.push({ file: `${folder}/meta.yaml`, text: `subject: ${concept.subject.id}\n`, summary: 'new term, with its subject' })
    } else if (term && concept.subject && concept.subject.id !== term.meta.subject) {
      notes.push(
        `${term.meta.file ?? `${folder}/meta.yaml`}: the TBX file files ${concept.id} under ${concept.subject.id}; it is left under ${term.meta.subject ?? 'no subject'} (change meta.yaml by hand)`
      )
    }
    if (Object.keys(entries).length > 0)
      terms.set(concept.id, { id: concept.id, folder, meta: term?.meta ?? { related: [] }, entries } satisfies Term)
    const created = concept.languages.filter((language) => language.locale !== defaultLocale && !term?.entries[language.locale])
    if (created.length > 0)
      notes.push(
        `${concept.id}: new ${created.map((one) => one.locale).join(', ')} entr(ies) have no body and no stamp yet: translate the body, then stamp them`
      )
  }
  checkMatchForms(terms, (problem) => problems.push(formatProblem(problem)))
  if (problems.length > 0) throw new ImportRefused(problems)
  return { writes, notes }
}

/** An entry's match list after the TBX file: unchanged when it names the same forms, else its forms the file keeps, then the file's new ones. */
function matchAfter(entry: TermEntry, language: TbxLanguage): string[] {
  const known = new Set(tbxForms(entry).map(normalizePattern))
  const wanted = new Set(language.forms.map(normalizePattern))
  if (known.size === wanted.size && [...known].every((form) => wanted.has(form))) return entry.match
  return [
    ...entry.match.filter((form) => wanted.has(normalizePattern(form))),
    ...language.forms.filter((form) => !known.has(normalizePattern(form)))
  ]
}

function readTbx(content: Content, xml: string): TbxConcept[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new ImportRefused([`is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`])
  const document = parser.parse(xml) as Node
  if (document.martif) throw new ImportRefused(['is TBX v2 (<martif>): export TBX v3 (TBX-Basic, ISO 30042:2019) from your tool'])
  const tbx = document.tbx as Node | undefined
  if (!tbx) throw new ImportRefused([`is not a TBX document (its root is <${Object.keys(document)[0] ?? ''}>)`])
  const problems: string[] = []
  const seen = new Set<string>()
  const concepts = list(((tbx.text as Node | undefined)?.body as Node | undefined)?.conceptEntry).flatMap((node): TbxConcept[] => {
    const id = termIdOf(String(node['@id'] ?? ''))
    if (!kebabCase.test(id)) {
      problems.push(`conceptEntry "${id}": its id is not a term id (lowercase kebab-case, e.g. price-risk)`)
      return []
    }
    if (seen.has(id)) problems.push(`conceptEntry ${id}: appears twice`)
    seen.add(id)
    const subjectField = typed(node.descrip, 'subjectField').map(textOf)[0]
    const subject = subjectField === undefined ? undefined : subjectNamed(content, subjectField)
    if (subjectField !== undefined && !subject) {
      problems.push(
        `conceptEntry ${id}: subjectField "${subjectField}" is not a subject of subjects.yaml (${[...content.subjects.keys()].join(', ')})`
      )
    }
    const locales = new Set<Locale>()
    const languages = list(node.langSec).flatMap((section): TbxLanguage[] => {
      const tag = String(section['@xml:lang'] ?? '')
      const locale = localeOfTag(tag)
      if (!locale) {
        problems.push(`conceptEntry ${id} langSec ${tag || '(no xml:lang)'}: is not a language of this publication`)
        return []
      }
      if (locales.has(locale)) problems.push(`conceptEntry ${id} langSec ${tag}: ${locale} appears twice`)
      locales.add(locale)
      const termSecs = list(section.termSec)
        .map((termSec) => ({ term: textOf(termSec.term), status: typed(termSec.termNote, 'administrativeStatus').map(textOf)[0] }))
        .filter((termSec) => termSec.term !== '' && !/^(deprecated|superseded)Term/.test(termSec.status ?? ''))
      const preferred = termSecs.find((termSec) => termSec.status === 'preferredTerm-admn-sts') ?? termSecs[0]
      if (!preferred) {
        problems.push(`conceptEntry ${id} langSec ${tag}: has no term`)
        return []
      }
      const definition = typed(section.descrip, 'definition').map(textOf)[0] || undefined
      const forms = [preferred.term, ...termSecs.filter((termSec) => termSec !== preferred).map((termSec) => termSec.term)]
      return [{ locale, term: preferred.term, forms, definition }]
    })
    return [{ id, subject, languages }]
  })
  if (problems.length > 0) throw new ImportRefused(problems)
  return concepts
}

function subjectNamed(content: Content, name: string): Subject | undefined {
  const wanted = name.toLocaleLowerCase()
  return [...content.subjects.values()].find(
    (subject) => subject.id === wanted || Object.values(subject.labels).some((label) => label?.toLocaleLowerCase() === wanted)
  )
}
