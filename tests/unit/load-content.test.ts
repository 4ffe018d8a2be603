import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/content/load-content'
import { ContentError, formatProblem } from '../../lib/content/problems'

const essay = '---\ntitle: "An essay"\n---\n\nSome text about a term.\n'
const term = (name: string, extra = '') => `---\nterm: "${name}"\nsummary: "What ${name} means."\n${extra}---\n\nBody.\n`
const meta = 'category: finance\n'

/** A small valid content folder, with `files` (path → text or bytes) added or replaced; null removes a file. */
function contentWith(files: Record<string, string | Buffer | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'))
  const all: Record<string, string | Buffer | null> = {
    'essays/an-essay/en.md': essay,
    'glossary/a-term/meta.yaml': meta,
    'glossary/a-term/en.md': term('a term'),
    ...files
  }
  for (const [file, text] of Object.entries(all)) {
    if (text === null) continue
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  folders.push(root)
  return root
}

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function problemsOf(root: string): string[] {
  try {
    loadContent(root, root)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as ContentError).problems.map(formatProblem)
  }
  throw new Error('expected the content to be rejected')
}

describe('loadContent', () => {
  it('loads a valid folder', () => {
    const content = loadContent(contentWith(), '/')
    expect([...content.essays.keys()]).toEqual(['an-essay'])
    expect(content.terms.get('a-term')?.entries.en?.match).toEqual(['a term'])
    expect(content.essays.get('an-essay')?.sourceLocale).toBe('en')
  })

  it('ignores unknown front matter keys such as layout and comments', () => {
    const content = loadContent(contentWith({ 'essays/an-essay/en.md': '---\nlayout: post\ncomments: true\ntitle: T\n---\ntext\n' }), '/')
    expect(content.essays.get('an-essay')?.files.en?.title).toBe('T')
  })

  const cases: [string, Record<string, string | Buffer | null>, RegExp][] = [
    ['bad YAML', { 'essays/an-essay/en.md': '---\ntitle: "unclosed\n---\ntext' }, /^essays\/an-essay\/en\.md(:\d+)?: invalid YAML front matter .*fix the syntax/],
    ['missing title', { 'essays/an-essay/en.md': '---\ndescription: x\n---\ntext' }, /^essays\/an-essay\/en\.md: missing "title": add title:/],
    ['missing term', { 'glossary/a-term/en.md': '---\nsummary: s\n---\n' }, /^glossary\/a-term\/en\.md: missing "term"/],
    ['missing summary', { 'glossary/a-term/en.md': '---\nterm: t\n---\n' }, /^glossary\/a-term\/en\.md: missing "summary"/],
    ['title of the wrong type', { 'essays/an-essay/en.md': '---\ntitle: [a, b]\n---\ntext' }, /en\.md: title: must be text, not a list/],
    ['match of the wrong type', { 'glossary/a-term/en.md': term('t', 'match: {a: 1}\n') }, /a-term\/en\.md: match: must be a list of strings/],
    ['a date that is not a date', { 'essays/an-essay/en.md': '---\ntitle: T\ndate: yesterday\n---\ntext' }, /date: "yesterday" is not a date: write it as YYYY-MM-DD/],
    ['unknown related id', { 'glossary/a-term/meta.yaml': 'category: finance\nrelated: [nope]\n' }, /a-term\/meta\.yaml: related: "nope" is not a term id: create content\/glossary\/nope\/ or remove it/],
    ['two terms claiming one form', { 'glossary/b-term/meta.yaml': meta, 'glossary/b-term/en.md': term('b', 'match: ["A  Term"]\n') }, /b-term\/en\.md: match: "A {2}Term" is also claimed by glossary\/a-term\/en\.md/],
    ['a form listed twice', { 'glossary/a-term/en.md': term('t', 'match: [two-and-twenty, two and twenty]\n') }, /match: "two and twenty" is listed twice/],
    ['an empty file', { 'essays/an-essay/en.md': '' }, /^essays\/an-essay\/en\.md: is empty: add YAML front matter/],
    ['a term id that is not kebab-case', { 'glossary/Bad_Term/meta.yaml': meta, 'glossary/Bad_Term/en.md': term('x') }, /^glossary\/Bad_Term: folder name "Bad_Term" is not lowercase kebab-case: rename it to "bad-term"/],
    ['a file for an unknown locale', { 'essays/an-essay/xx.md': essay }, /^essays\/an-essay\/xx\.md: "xx" is not a configured locale/],
    ['an essay with no source file', { 'essays/an-essay/en.md': '---\ntitle: T\ntranslatedFrom: fr\n---\ntext' }, /^essays\/an-essay: has no source file/],
    ['two source files', { 'essays/an-essay/fr.md': essay }, /^essays\/an-essay: has 2 source files \(en, fr\)/],
    ['translatedFrom a missing file', { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: de\n---\ntext' }, /fr\.md: translatedFrom: de, but essays\/an-essay\/de\.md does not exist/],
    ['binary garbage', { 'essays/an-essay/en.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]) }, /^essays\/an-essay\/en\.md: is not UTF-8 text/],
    ['a missing meta.yaml', { 'glossary/a-term/meta.yaml': null }, /^glossary\/a-term\/meta\.yaml: is missing: add it/],
    ['an unknown category', { 'glossary/a-term/meta.yaml': 'category: sports\n' }, /meta\.yaml: category: "sports" is not one of/],
    ['an invalid language tag', { 'glossary/a-term/meta.yaml': 'category: language\nlang: "not a tag!"\n' }, /lang: "not a tag!" is not a BCP 47 language tag/],
    ['an essay folder without files', { 'essays/empty-essay/.keep': '' }, /^essays\/empty-essay: has no <locale>\.md file/],
    ['a stray file', { 'glossary/a-term/notes.txt': 'x' }, /^glossary\/a-term\/notes\.txt: unexpected file/],
    ['front matter that is not a mapping', { 'essays/an-essay/en.md': '---\njust a string\n---\ntext' }, /en\.md:1: front matter must be a YAML mapping/]
  ]

  for (const [name, files, expected] of cases) {
    it(`rejects ${name} with one line naming the file and the fix`, () => {
      const problems = problemsOf(contentWith(files))
      expect(problems.some((line) => expected.test(line)), problems.join('\n')).toBe(true)
      expect(problems.every((line) => !line.includes('\n'))).toBe(true)
    })
  }
})
