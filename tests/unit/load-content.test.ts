import { describe, expect, it } from 'vitest'
import { draftWarnings } from '@/lib/content/drafts'
import { loadContent } from '@/lib/content/load-content'
import { ContentError, formatProblem } from '@/lib/content/problems'
import { entryFields, essayFields, requiredFields } from '@/lib/content/translated-fields'
import { buildPublication } from '@/lib/publication/publication'
import { contentFolder, markdown } from './support/content-folder'

const essay = '---\ntitle: "An essay"\n---\n\nSome text about a term.\n'
const term = (name: string, extra = '') => `---\nterm: "${name}"\nsummary: "What ${name} means."\n${extra}---\n\nBody.\n`
const subjects = 'finance:\n  en: Finance\n  fr: Finance\n'

/** A small valid content folder (under `site/`, to see that messages name the real path), with `files` added, replaced or (null) removed. */
function contentWith(files: Record<string, string | Buffer | null> = {}) {
  return contentFolder({
    'subjects.yaml': subjects,
    'essays/an-essay/en.md': essay,
    'glossary/a-term/meta.yaml': 'subject: finance\n',
    'glossary/a-term/en.md': term('a term'),
    ...files
  })
}

const load = ({ project, contentDir }: ReturnType<typeof contentWith>) => loadContent(contentDir, project)

function problemsOf(folder: ReturnType<typeof contentWith>): string[] {
  try {
    load(folder)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as ContentError).problems.map(formatProblem)
  }
  throw new Error('expected the content to be rejected')
}

describe('loadContent', () => {
  it('refuses a file without a required field and loads one without any other: the import’s rule (requiredFields) is the loader’s', () => {
    const essayFront = { title: 'An essay', description: 'About it.' }
    const entryFront = { term: 'a term', summary: 'What it is.', literal: 'Literally.', meaning: 'Its sense.' }
    const without = <T extends object>(front: T, name: string) => Object.fromEntries(Object.entries(front).filter(([key]) => key !== name))
    const refused = (files: Record<string, string>) => {
      try {
        load(contentWith(files))
        return false
      } catch (error) {
        if (error instanceof ContentError) return true
        throw error
      }
    }
    const essays = essayFields.map((name) => [name, refused({ 'essays/an-essay/en.md': markdown(without(essayFront, name)) })])
    const entries = entryFields.map((name) => [name, refused({ 'glossary/a-term/en.md': markdown(without(entryFront, name)) })])
    expect([...essays, ...entries]).toEqual([...essayFields, ...entryFields].map((name) => [name, requiredFields.has(name)]))
    expect([...requiredFields].sort()).toEqual(['summary', 'term', 'title'])
  })

  it('loads a valid folder', () => {
    const content = load(contentWith())
    expect([...content.essays.keys()]).toEqual(['an-essay'])
    expect(content.terms.get('a-term')?.entries.en?.match).toEqual(['a term'])
    expect(content.terms.get('a-term')?.meta.subject).toBe('finance')
    expect(content.essays.get('an-essay')?.sourceLocale).toBe('en')
    expect(content.subjects.get('finance')?.labels).toEqual({ en: 'Finance', fr: 'Finance' })
  })

  it('ignores unknown front matter keys such as layout and comments', () => {
    const content = load(contentWith({ 'essays/an-essay/en.md': '---\nlayout: post\ncomments: true\ntitle: T\n---\ntext\n' }))
    expect(content.essays.get('an-essay')?.files.en?.title).toBe('T')
  })

  it('takes a term without meta.yaml as uncategorised, and content without subjects.yaml as having none', () => {
    const content = load(contentWith({ 'glossary/a-term/meta.yaml': null, 'subjects.yaml': null }))
    expect(content.terms.get('a-term')?.meta).toEqual({ related: [] })
    expect(content.subjects.size).toBe(0)
  })

  it('reads the forms a term must not match', () => {
    const content = load(contentWith({ 'glossary/a-term/ja.md': term('上場企業', 'notMatch: [非上場企業]\n') }))
    expect(content.terms.get('a-term')?.entries.ja?.notMatch).toEqual(['非上場企業'])
    expect(content.terms.get('a-term')?.entries.en?.notMatch).toEqual([])
  })

  it('reads a stamp as its fields by name and the list of its block hashes', () => {
    const translation =
      '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "title:aaaabbbb 0123abcd description:ccccdddd 12345678"\n---\ntext\n'
    const content = load(contentWith({ 'essays/an-essay/fr.md': translation }))
    expect(content.essays.get('an-essay')?.files.fr?.stamp).toEqual({
      fields: { title: 'aaaabbbb', description: 'ccccdddd' },
      blocks: ['0123abcd', '12345678']
    })
  })

  it('reads a file with a byte-order mark, and keeps the body without its front matter', () => {
    const content = load(
      contentWith({ 'essays/an-essay/en.md': '\uFEFF---\ntitle: T\ndescription: D\ncategories: Money\n---\n\nThe body.\n' })
    )
    expect(content.essays.get('an-essay')?.source).toMatchObject({
      title: 'T',
      description: 'D',
      subjectLabels: ['Money'],
      body: '\nThe body.\n'
    })
  })

  it('accepts kebab-case ids with digits, and dates as YAML writes them', () => {
    const content = load(
      contentWith({
        'essays/essay-2/en.md': '---\ntitle: T\ndate: 2024-02-29\n---\ntext',
        'glossary/a-term/en.md': term('a term', 'match: [a term, 42]\n')
      })
    )
    expect(content.essays.get('essay-2')?.source.date).toBe('2024-02-29')
    expect(content.terms.get('a-term')?.entries.en?.match).toEqual(['a term', '42'])
  })

  it('skips hidden files and folders and a README, and keeps an entry’s optional fields', () => {
    const content = load(
      contentWith({
        'essays/.drafts/en.md': 'not read',
        'essays/README.md': '# Essays',
        'glossary/a-term/.notes': 'not read',
        'glossary/a-term/fr.md': term(
          'un terme',
          'literal: "mot à mot"\nmeaning: "sens"\nsortAs: "terme"\nsourceBlocks: "term:01234567 0123abcd"\n'
        )
      })
    )
    expect([...content.essays.keys()]).toEqual(['an-essay'])
    expect(content.terms.get('a-term')?.entries.fr).toMatchObject({
      literal: 'mot à mot',
      meaning: 'sens',
      sortAs: 'terme',
      stamp: { fields: { term: '01234567' }, blocks: ['0123abcd'] }
    })
  })

  it('reads a Japanese entry’s reading, in hiragana or katakana', () => {
    const content = load(
      contentWith({
        'glossary/a-term/ja.md': term('織り込み済み', 'reading: " おりこみずみ "\n'),
        'glossary/b-term/ja.md': term('深圳', 'reading: シンセン\n')
      })
    )
    expect(content.terms.get('a-term')?.entries.ja?.reading).toBe('おりこみずみ')
    expect(content.terms.get('b-term')?.entries.ja?.reading).toBe('シンセン')
    expect(content.terms.get('a-term')?.entries.en?.reading).toBeUndefined()
  })

  it('keeps a term that has no entry in the default locale, with the entries it has', () => {
    const content = load(
      contentWith({ 'glossary/a-term/en.md': null, 'glossary/a-term/ja.md': term('用語'), 'glossary/a-term/de.md': term('Begriff') })
    )
    expect(Object.keys(content.terms.get('a-term')?.entries ?? {}).sort()).toEqual(['de', 'ja'])
  })

  it('says how many problems there are, in an error named ContentError', () => {
    const folder = contentWith({ 'essays/an-essay/en.md': '', 'glossary/a-term/en.md': '' })
    try {
      load(folder)
      throw new Error('expected a ContentError')
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError)
      expect((error as ContentError).name).toBe('ContentError')
      expect((error as ContentError).message).toMatch(/^The content folder has 3 problem\(s\):\nsite\/essays\/an-essay\/en\.md: is empty/)
    }
  })

  it('reads numbers as text, trims what authors write, and takes a single string as a list of one', () => {
    const content = load(
      contentWith({
        'essays/an-essay/en.md': '---\ntitle: 1984\ncategories: "  Money  "\ndescription: "  D  "\n---\ntext',
        'glossary/a-term/en.md': '---\nterm: "  t  "\nsummary: 42\nmatch: [" a term ", 7]\n---\n',
        'subjects.yaml': 'finance:\n  en: "  Finance  "\n'
      })
    )
    expect(content.essays.get('an-essay')?.source).toMatchObject({ title: '1984', subjectLabels: ['Money'], description: 'D' })
    expect(content.terms.get('a-term')?.entries.en).toMatchObject({ term: 't', summary: '42', match: ['a term', '7'] })
    expect(content.subjects.get('finance')?.labels.en).toBe('Finance')
  })

  it('takes the term itself as its form when match is left out, and a translation’s categories only when it gives them', () => {
    const content = load(
      contentWith({
        'essays/an-essay/en.md': '---\ntitle: T\ncategories: [Money]\n---\ntext',
        'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\n---\ntexte'
      })
    )
    expect(content.terms.get('a-term')?.entries.en?.match).toEqual(['a term'])
    expect(content.essays.get('an-essay')?.files.fr?.subjectLabels).toEqual([])
  })

  // Each line must name the file (the real path, under site/), say what is wrong, and end with the fix.
  const cases: [string, Record<string, string | Buffer | null>, RegExp][] = [
    [
      'a list with a mapping in it',
      { 'essays/an-essay/en.md': '---\ntitle: T\ncategories: [a, {b: 1}]\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: categories: must be a list of strings, e\.g\. categories: \[first, second\]$/
    ],
    [
      'a label that is not text',
      { 'subjects.yaml': 'finance:\n  en: Finance\n  fr: [a]\n' },
      /^site\/subjects\.yaml:1: finance\.fr: must be the label as text$/
    ],
    [
      'a stamp with a short hash',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "0123abcd 0123abc"\n---\ntext' },
      /sourceBlocks: is not a stamp/
    ],
    [
      'a stamp with a long hash',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "0123abcd9"\n---\ntext' },
      /sourceBlocks: is not a stamp/
    ],
    [
      'a stamp in capitals',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "0123ABCD"\n---\ntext' },
      /sourceBlocks: is not a stamp/
    ],
    [
      'a stamp on the default locale’s entry',
      { 'glossary/a-term/en.md': term('a term', 'sourceBlocks: "0123abcd"\n') },
      /^site\/glossary\/a-term\/en\.md: sourceBlocks: only translations are stamped: remove the key from the source$/
    ],
    [
      'a file name that is not a locale',
      { 'glossary/a-term/english.md': term('x') },
      /^site\/glossary\/a-term\/english\.md: "english" is not a configured locale \(en, zh, ja, es, de, fr, ar\): rename the file or add the locale to lib\/i18n\/locales\.ts$/
    ],
    [
      'an essay file that is not Markdown',
      { 'essays/an-essay/en.txt': 'x' },
      /^site\/essays\/an-essay\/en\.txt: unexpected file: only <locale>\.md files belong here$/
    ],
    [
      'bad YAML, on the line of the file where it is',
      { 'essays/an-essay/en.md': '---\ntitle: T\ncategories: [a, b\nmore: x\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md:4: invalid YAML front matter \(Flow sequence .+\): fix the syntax between the --- lines$/
    ],
    [
      'a broken meta.yaml, on its line',
      { 'glossary/a-term/meta.yaml': 'subject: finance\nrelated: [a, b\nlang: fr\n' },
      /^site\/glossary\/a-term\/meta\.yaml:3: invalid YAML \(.+\): fix the syntax$/
    ],
    [
      'a folder name with an underscore',
      { 'essays/an_essay/en.md': essay },
      /^site\/essays\/an_essay: folder name "an_essay" is not lowercase kebab-case: rename it to "an-essay"$/
    ],
    [
      'a folder name with two hyphens in a row',
      { 'essays/an--essay/en.md': essay },
      /^site\/essays\/an--essay: folder name "an--essay" is not lowercase kebab-case: rename it to "an-essay"$/
    ],
    [
      'a file where an essay folder belongs',
      { 'essays/stray.md': essay },
      /^site\/essays\/stray\.md: is not a folder: put files in site\/essays\/<name>\/<locale>\.md$/
    ],
    [
      'a date with a one-digit month',
      { 'essays/an-essay/en.md': '---\ntitle: T\ndate: "2024-1-05"\n---\ntext' },
      /date: "2024-1-05" is not a date: write it as YYYY-MM-DD$/
    ],
    [
      'a date with more after it',
      { 'essays/an-essay/en.md': '---\ntitle: T\ndate: "2024-01-05x"\n---\ntext' },
      /date: "2024-01-05x" is not a date/
    ],
    [
      'a date that does not exist',
      { 'essays/an-essay/en.md': '---\ntitle: T\ndate: "2024-13-45"\n---\ntext' },
      /date: "2024-13-45" is not a date/
    ],
    [
      'translatedFrom an unknown locale',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: xx\n---\ntext' },
      /^site\/essays\/an-essay\/fr\.md: translatedFrom: "xx" is not a locale \(en, zh, ja, es, de, fr, ar\)$/
    ],
    [
      'an empty list of forms',
      { 'glossary/a-term/en.md': term('t', 'match: []\n') },
      /^site\/glossary\/a-term\/en\.md: match: is empty: list at least one form, or remove the key to use the term$/
    ],
    [
      'a term folder without usable entries',
      { 'glossary/a-term/en.md': '---\nterm: t\n---\n' },
      /^site\/glossary\/a-term: has no usable <locale>\.md entry: add at least en\.md with term and summary$/
    ],
    [
      'invalid UTF-8 without a NUL byte',
      { 'essays/an-essay/en.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]) },
      /^site\/essays\/an-essay\/en\.md: is not UTF-8 text/
    ],
    ['a file of spaces', { 'essays/an-essay/en.md': '  \n\t\n' }, /^site\/essays\/an-essay\/en\.md: is empty/],
    [
      'front matter that is a list',
      { 'essays/an-essay/en.md': '---\n- a\n- b\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md:1: front matter must be a YAML mapping of key: value lines$/
    ],
    [
      'a field that is a mapping',
      { 'essays/an-essay/en.md': '---\ntitle: {a: 1}\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: title: must be text, not object$/
    ],
    [
      'bad YAML',
      { 'essays/an-essay/en.md': '---\ntitle: "unclosed\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md(:\d+)?: invalid YAML front matter \(.+\): fix the syntax between the --- lines$/
    ],
    [
      'missing title',
      { 'essays/an-essay/en.md': '---\ndescription: x\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: missing "title": add title: <the essay title>$/
    ],
    [
      'missing term',
      { 'glossary/a-term/en.md': '---\nsummary: s\n---\n' },
      /^site\/glossary\/a-term\/en\.md: missing "term": add term: <the name of the term in this language>$/
    ],
    [
      'missing summary',
      { 'glossary/a-term/en.md': '---\nterm: t\n---\n' },
      /^site\/glossary\/a-term\/en\.md: missing "summary": add summary: <one or two sentences for the card>$/
    ],
    [
      'title of the wrong type',
      { 'essays/an-essay/en.md': '---\ntitle: [a, b]\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: title: must be text, not a list$/
    ],
    [
      'match of the wrong type',
      { 'glossary/a-term/en.md': term('t', 'match: {a: 1}\n') },
      /^site\/glossary\/a-term\/en\.md: match: must be a list of strings, e\.g\. match: \[first, second\]$/
    ],
    [
      'a date that is not a date',
      { 'essays/an-essay/en.md': '---\ntitle: T\ndate: yesterday\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: date: "yesterday" is not a date: write it as YYYY-MM-DD$/
    ],
    [
      'unknown related id',
      { 'glossary/a-term/meta.yaml': 'subject: finance\nrelated: [nope]\n' },
      /^site\/glossary\/a-term\/meta\.yaml: related: "nope" is not a term id: create site\/glossary\/nope\/ or remove it$/
    ],
    [
      'two terms claiming one form',
      { 'glossary/b-term/en.md': term('b', 'match: ["A  Term"]\n') },
      /^site\/glossary\/b-term\/en\.md: match: "A {2}Term" is also claimed by site\/glossary\/a-term\/en\.md: keep it in one term only$/
    ],
    [
      'a notMatch form that contains none of the term’s forms',
      { 'glossary/a-term/ja.md': term('上場企業', 'match: [上場企業]\nnotMatch: [非上場会社]\n') },
      /^site\/glossary\/a-term\/ja\.md: notMatch: "非上場会社" contains none of the match forms, so it excludes nothing: remove it$/
    ],
    [
      'a notMatch form that is also a match form',
      { 'glossary/a-term/en.md': term('a term', 'match: [a term]\nnotMatch: [A Term]\n') },
      /^site\/glossary\/a-term\/en\.md: notMatch: "A Term" is also in match: keep it in one of the two$/
    ],
    [
      'a form listed twice',
      { 'glossary/a-term/en.md': term('t', 'match: [two-and-twenty, two and twenty]\n') },
      /: match: "two and twenty" is listed twice: remove the duplicate$/
    ],
    [
      'an empty file',
      { 'essays/an-essay/en.md': '' },
      /^site\/essays\/an-essay\/en\.md: is empty: add YAML front matter between --- lines, then the text$/
    ],
    [
      'a term id that is not kebab-case',
      { 'glossary/Bad_Term/en.md': term('x') },
      /^site\/glossary\/Bad_Term: folder name "Bad_Term" is not lowercase kebab-case: rename it to "bad-term"$/
    ],
    [
      'a file for an unknown locale',
      { 'essays/an-essay/xx.md': essay },
      /^site\/essays\/an-essay\/xx\.md: "xx" is not a configured locale \(.+\): rename the file or add the locale to lib\/i18n\/locales\.ts$/
    ],
    [
      'an essay with no source file',
      { 'essays/an-essay/en.md': '---\ntitle: T\ntranslatedFrom: fr\n---\ntext' },
      /^site\/essays\/an-essay: has no source file: exactly one locale file must not have translatedFrom \(the original text\)$/
    ],
    [
      'two source files',
      { 'essays/an-essay/fr.md': essay },
      /^site\/essays\/an-essay: has 2 source files \(en, fr\): mark the translations with translatedFrom: <locale>$/
    ],
    [
      'translatedFrom a missing file',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: de\n---\ntext' },
      /^site\/essays\/an-essay\/fr\.md: translatedFrom: de, but site\/essays\/an-essay\/de\.md does not exist$/
    ],
    [
      'binary garbage',
      { 'essays/an-essay/en.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]) },
      /^site\/essays\/an-essay\/en\.md: is not UTF-8 text \(binary data\?\): save it as UTF-8 Markdown$/
    ],
    [
      'broken meta.yaml',
      { 'glossary/a-term/meta.yaml': 'subject: [unclosed\n' },
      /^site\/glossary\/a-term\/meta\.yaml:\d+: invalid YAML \(.+\): fix the syntax$/
    ],
    [
      'meta.yaml that is not a mapping',
      { 'glossary/a-term/meta.yaml': '- finance\n' },
      /^site\/glossary\/a-term\/meta\.yaml: must be a YAML mapping: subject, related, lang, original, romanization \(all optional\)$/
    ],
    [
      'the old category key',
      { 'glossary/a-term/meta.yaml': 'category: finance\n' },
      /^site\/glossary\/a-term\/meta\.yaml:1: category: is now called subject: rename the key$/
    ],
    [
      'an unknown subject',
      { 'glossary/a-term/meta.yaml': 'subject: sports\n' },
      /^site\/glossary\/a-term\/meta\.yaml: subject: "sports" is not defined in site\/subjects\.yaml: add it there or use one of finance$/
    ],
    [
      'an invalid language tag',
      { 'glossary/a-term/meta.yaml': 'lang: "not a tag!"\n' },
      /^site\/glossary\/a-term\/meta\.yaml:1: lang: "not a tag!" is not a BCP 47 language tag \(e\.g\. zh-Hans, ja, fr\)$/
    ],
    [
      'an essay folder without files',
      { 'essays/empty-essay/.keep': '' },
      /^site\/essays\/empty-essay: has no <locale>\.md file: add the essay, e\.g\. en\.md$/
    ],
    [
      'a stray file',
      { 'glossary/a-term/notes.txt': 'x' },
      /^site\/glossary\/a-term\/notes\.txt: unexpected file: only <locale>\.md files and meta\.yaml belong here$/
    ],
    [
      'front matter that is not a mapping',
      { 'essays/an-essay/en.md': '---\njust a string\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md:1: front matter must be a YAML mapping of key: value lines$/
    ],
    [
      'a malformed stamp',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "not a hash"\n---\ntext' },
      /^site\/essays\/an-essay\/fr\.md: sourceBlocks: is not a stamp \(8-digit hex hashes\): run `npm run translations -- stamp` again$/
    ],
    [
      'a stamp naming a field the file cannot have',
      { 'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\nsourceBlocks: "summary:0123abcd"\n---\ntext' },
      /^site\/essays\/an-essay\/fr\.md: sourceBlocks: "summary" is not a field of this file \(title, description\): run `npm run translations -- stamp` again$/
    ],
    [
      'a stamp with a field name and no hash',
      { 'glossary/a-term/fr.md': term('un terme', 'sourceBlocks: "term:"\n') },
      /sourceBlocks: is not a stamp/
    ],
    [
      'a stamp on a source',
      { 'essays/an-essay/en.md': '---\ntitle: T\nsourceBlocks: "0123abcd"\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: sourceBlocks: only translations are stamped: remove the key from the source$/
    ],
    [
      'a translation with another number of categories',
      {
        'essays/an-essay/en.md': '---\ntitle: T\ncategories: [Money]\n---\ntext',
        'essays/an-essay/fr.md': '---\ntitle: T\ntranslatedFrom: en\ncategories: [Argent, Banque]\n---\ntext'
      },
      /^site\/essays\/an-essay\/fr\.md: categories: lists 2, the source \(site\/essays\/an-essay\/en\.md\) 1: give one label per source category, in the same order, or remove the key$/
    ],
    [
      'a category with nothing to name a page after',
      { 'essays/an-essay/en.md': '---\ntitle: T\ncategories: ["!!!"]\n---\ntext' },
      /^site\/essays\/an-essay\/en\.md: categories: "!!!" has no letters or digits to name a page after: reword it$/
    ],
    [
      'a reading in romaji',
      { 'glossary/a-term/ja.md': term('織り込み済み', 'reading: orikomizumi\n') },
      /^site\/glossary\/a-term\/ja\.md: reading: "orikomizumi" is not kana: write the reading in hiragana or katakana alone, without kanji, Latin letters or spaces \(e\.g\. reading: かんじ for 漢字\)$/
    ],
    [
      'a reading with kanji in it',
      { 'glossary/a-term/ja.md': term('織り込み済み', 'reading: 織りこみずみ\n') },
      /ja\.md: reading: "織りこみずみ" is not kana/
    ],
    [
      'a reading with a space in it',
      { 'glossary/a-term/ja.md': term('織り込み済み', 'reading: おりこみ ずみ\n') },
      /ja\.md: reading: "おりこみ ずみ" is not kana/
    ],
    [
      'a reading outside a Japanese entry',
      { 'glossary/a-term/zh.md': term('睁一只眼', 'reading: zhēng\n') },
      /^site\/glossary\/a-term\/zh\.md: reading: is the kana reading of a Japanese term, for ja\.md only: remove it \(romanizations go in meta\.yaml\)$/
    ]
  ]

  for (const [name, files, expected] of cases) {
    it(`rejects ${name} with one line naming the file and the fix`, () => {
      const problems = problemsOf(contentWith(files))
      expect(
        problems.some((line) => expected.test(line)),
        problems.join('\n')
      ).toBe(true)
      expect(problems.every((line) => !line.includes('\n'))).toBe(true)
    })
  }
})

describe('subjects.yaml', () => {
  const subjectCases: [string, string, RegExp][] = [
    ['invalid YAML', 'finance:\n  en: [Finance\n', /^site\/subjects\.yaml:\d+: invalid YAML \(.+\): fix the syntax$/],
    [
      'a list instead of a mapping',
      '- finance\n',
      /^site\/subjects\.yaml: must be a YAML mapping: one entry per subject id, e\.g\. "finance:" with "en: Finance" under it$/
    ],
    [
      'a subject defined twice',
      'finance:\n  en: Finance\nfinance:\n  en: Money\n',
      /^site\/subjects\.yaml:3: "finance" is written twice \(lines 1 and 3\): keep one$/
    ],
    [
      'an id that is not kebab-case',
      'finance:\n  en: Finance\nBig Tech:\n  en: Big tech\n',
      /^site\/subjects\.yaml:3: subject id "Big Tech" is not lowercase kebab-case: rename it to "big-tech"$/
    ],
    [
      'a missing default-locale label',
      'finance:\n  fr: Finance\n',
      /^site\/subjects\.yaml:1: finance: has no en label \(the fallback of every locale\): add "en: <label>"$/
    ],
    [
      'labels that are not a mapping',
      'finance: Finance\n',
      /^site\/subjects\.yaml:1: finance: must list a label per locale, e\.g\. "en: finance" on the next line, indented$/
    ],
    [
      'a label for an unknown locale',
      'finance:\n  en: Finance\n  xx: Finance\n',
      /^site\/subjects\.yaml:1: finance: "xx" is not a configured locale \(.+\): fix or remove the line$/
    ],
    ['an empty label', 'finance:\n  en: Finance\n  fr: ""\n', /^site\/subjects\.yaml:1: finance\.fr: must be the label as text$/]
  ]
  for (const [name, yaml, expected] of subjectCases) {
    it(`rejects ${name}, naming the file, the line and the fix`, () => {
      const problems = problemsOf(contentWith({ 'subjects.yaml': yaml }))
      expect(
        problems.some((line) => expected.test(line)),
        problems.join('\n')
      ).toBe(true)
    })
  }

  it('keeps labels in every locale given', () => {
    const content = load(contentWith({ 'subjects.yaml': 'finance:\n  en: Finance\n  zh: 金融\n  ar: المالية\n' }))
    expect(content.subjects.get('finance')).toMatchObject({ id: 'finance', line: 1, labels: { en: 'Finance', zh: '金融', ar: 'المالية' } })
  })
})

describe('draft terms', () => {
  const draft = '---\nterm: "cash burn"\nsummary: ""\nmatch: ["cash burn"]\ndraft: true\n---\n\n<!-- occurs in: … -->\n'

  it('load apart from the published terms, with their summary still empty, and are listed with their file', () => {
    const content = load(contentWith({ 'glossary/cash-burn/en.md': draft, 'glossary/cash-burn/fr.md': term('consommation de trésorerie') }))
    expect([...content.terms.keys()]).toEqual(['a-term'])
    expect([...content.drafts.keys()]).toEqual(['cash-burn'])
    expect(content.drafts.get('cash-burn')?.entries.en?.summary).toBe('')
    expect(draftWarnings(content).map(formatProblem)).toEqual([
      'site/glossary/cash-burn/en.md: cash-burn is a draft and is not published: write its summary, then remove draft: true to publish it'
    ])
  })

  it('are never annotated in an essay', () => {
    const content = load(
      contentWith({ 'glossary/cash-burn/en.md': draft, 'essays/an-essay/en.md': '---\ntitle: T\n---\n\nThe cash burn of a term.\n' })
    )
    const annotated = buildPublication(content)
      .essayText('an-essay', 'en')
      .rendered.occurrences.map((occurrence) => occurrence.termId)
    expect(annotated).toEqual(['a-term'])
  })

  it('are marked in the default locale’s entry only, with true or false', () => {
    expect(problemsOf(contentWith({ 'glossary/a-term/fr.md': term('un terme', 'draft: true\n') }))).toEqual([
      'site/glossary/a-term/fr.md: draft: marks a whole term unpublished, so it belongs in en.md only: remove it here'
    ])
    expect(problemsOf(contentWith({ 'glossary/a-term/en.md': term('a term', 'draft: "yes"\n') }))).toEqual([
      'site/glossary/a-term/en.md: draft: must be true or false, not "yes"'
    ])
  })
})
