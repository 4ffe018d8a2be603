import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Content, TermEntry } from '@/lib/content/types'
import { entryVersion, essayVersion, firstWords, markdownBlocks, stampOf } from '@/lib/translations/block-hashes'
import { checkAlignment, checkStamps, countAnnotations, coverage } from '@/lib/translations/checks'
import { compareBlocks, counterparts } from '@/lib/translations/compare-blocks'
import { withStamp } from '@/lib/translations/stamp-file'
import {
  changedPassages,
  changedSourceBlocks,
  entryStatus,
  essayStatus,
  translatedBlocks,
  translationStatus
} from '@/lib/translations/status'
import { required } from '@/tests/support/required'
import { loadFolder, markdown } from './support/content-folder'

const source = '## One\n\nFirst paragraph, with [a link](https://a.example).\n\n- an item\n- another item\n\nLast paragraph.'
const hashes = (text: string) => markdownBlocks(text).map((block) => block.hash)
/** A stamp of body blocks only, as `sourceBlocks:` writes it. */
const blocksStamp = (blocks: string[]) => ({ fields: {}, blocks })

describe('block hashes', () => {
  it('hash each block (a list item is a block) and name it by kind and first words', () => {
    const blocks = markdownBlocks(source)
    expect(blocks.map((block) => block.label)).toEqual([
      'h2 “One”',
      'p “First paragraph, with a link.”',
      'li “an item”',
      'li “another item”',
      'p “Last paragraph.”'
    ])
    expect(blocks.every((block) => /^[0-9a-f]{8}$/.test(block.hash))).toBe(true)
    expect(new Set(blocks.map((block) => block.hash)).size).toBe(5)
  })

  it('change when a word, a link or the kind of block changes, not when only whitespace does', () => {
    const [, paragraph] = hashes(source)
    expect(hashes(source.replace('First', 'Initial'))[1]).not.toBe(paragraph)
    expect(hashes(source.replace('a.example', 'b.example'))[1]).not.toBe(paragraph)
    expect(hashes(source.replace('## One', 'One'))[0]).not.toBe(hashes(source)[0])
    expect(hashes(source.replace('First paragraph,', 'First   paragraph,\n'))[1]).toBe(paragraph)
  })

  it('for a glossary entry, cover the fields a translator translates, then the body', () => {
    const entry: TermEntry = {
      id: 't',
      locale: 'en',
      file: '',
      term: 'Term',
      summary: 'Summary.',
      match: ['Term'],
      notMatch: [],
      literal: 'word for word',
      body: 'Body.'
    }
    const version = entryVersion(entry)
    expect(version.fields.map((field) => [field.name, field.label])).toEqual([
      ['term', 'term “Term”'],
      ['summary', 'summary “Summary.”'],
      ['literal', 'literal “word for word”']
    ])
    expect(version.blocks.map((block) => block.label)).toEqual(['p “Body.”'])
    expect(stampOf(entryVersion({ ...entry, match: ['other'], notMatch: ['another'], sortAs: 'x' }))).toEqual(stampOf(version))
  })

  it('for an essay, cover its title and description, then the body', () => {
    const file = { slug: 's', locale: 'en' as const, file: '', title: 'Title', subjectLabels: [], body: 'Body.' }
    expect(essayVersion(file).fields.map((field) => field.label)).toEqual(['title “Title”'])
    expect(essayVersion({ ...file, description: 'Described.' }).fields.map((field) => field.label)).toEqual([
      'title “Title”',
      'description “Described.”'
    ])
    // The field's name is part of its hash: the same words as a title and as a description are different passages.
    const [title] = essayVersion({ ...file, title: 'Same' }).fields
    const [, description] = essayVersion({ ...file, description: 'Same' }).fields
    expect(title.hash).not.toBe(description.hash)
    expect(stampOf(essayVersion({ ...file, date: '2020-01-01', subjectLabels: ['X'] }))).toEqual(stampOf(essayVersion(file)))
  })

  it('first words: up to six words within 40 characters, cut between words in any script', () => {
    expect(firstWords('Short.')).toBe('Short.')
    expect(firstWords('One two three four five six seven eight nine ten')).toBe('One two three four five six…')
    const chinese = '央行在这一年里反复强调市场流动性必须保持合理充裕并且不断加强预期管理以稳定市场对于未来政策走向的判断'
    expect(firstWords(chinese).endsWith('…')).toBe(true)
    expect(chinese.startsWith(firstWords(chinese).slice(0, -1))).toBe(true)
  })
})

describe('compareBlocks', () => {
  const a = ['a', 'b', 'c', 'd']
  it('finds nothing when nothing changed', () => {
    expect(compareBlocks(a, a)).toEqual([])
  })
  it('finds a changed block in place', () => {
    expect(compareBlocks(a, ['a', 'B', 'c', 'd'])).toEqual([{ kind: 'changed', index: 1 }])
  })
  it('finds an added block', () => {
    expect(compareBlocks(a, ['a', 'b', 'x', 'c', 'd'])).toEqual([{ kind: 'added', index: 2 }])
    expect(compareBlocks(a, [...a, 'e'])).toEqual([{ kind: 'added', index: 4 }])
  })
  it('finds a removed block, by its place in the stamped version', () => {
    expect(compareBlocks(a, ['a', 'c', 'd'])).toEqual([{ kind: 'removed', index: 1 }])
  })
  it('finds reordered blocks as moved', () => {
    // Either of two swapped blocks can be the one that moved.
    expect(compareBlocks(a, ['a', 'c', 'b', 'd'])).toEqual([{ kind: 'moved', index: 2 }])
    expect(compareBlocks(a, ['d', 'a', 'b', 'c'])).toEqual([{ kind: 'moved', index: 0 }])
  })
  it('tells a change, an addition and a removal apart in one edit', () => {
    expect(compareBlocks(a, ['a', 'B', 'x', 'd'])).toEqual([
      { kind: 'changed', index: 1 },
      { kind: 'changed', index: 2 }
    ])
    expect(compareBlocks(a, ['a', 'B', 'c', 'd', 'e'])).toEqual([
      { kind: 'changed', index: 1 },
      { kind: 'added', index: 4 }
    ])
    expect(compareBlocks(a, ['B', 'c'])).toEqual([
      { kind: 'changed', index: 0 },
      { kind: 'removed', index: 1 },
      { kind: 'removed', index: 3 }
    ])
  })
  it('accounts for every block of both versions (property)', () => {
    const version = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 })
    fc.assert(
      fc.property(version, version, (stamped, current) => {
        const changes = compareBlocks(stamped, current)
        const touched = new Set(changes.filter((change) => change.kind !== 'removed').map((change) => change.index))
        // Current blocks not reported are exactly those kept in place; the counts of both sides agree.
        const kept = current.length - touched.size
        const removed = changes.filter((change) => change.kind === 'removed').length
        const changed = changes.filter((change) => change.kind === 'changed').length
        const moved = changes.filter((change) => change.kind === 'moved').length
        expect(stamped.length).toBe(kept + removed + changed + moved)
        expect(changes.length === 0).toBe(stamped.join() === current.join())
      }),
      { numRuns: 2000 }
    )
  })
})

describe('translationStatus', () => {
  const file = { slug: 's', locale: 'en' as const, file: '', title: 'Title', subjectLabels: [], body: source }
  const stamp = stampOf(essayVersion(file))
  it('is current with the stamp of the current source, unknown without one', () => {
    expect(translationStatus(stamp, essayVersion({ ...file }))).toEqual({ state: 'current' })
    expect(translationStatus(undefined, essayVersion(file))).toEqual({ state: 'unknown' })
  })
  it('is outdated after the source changed, naming the current blocks that changed', () => {
    const status = translationStatus(stamp, essayVersion({ ...file, body: source.replace('Last', 'Final') }))
    expect(status).toEqual({ state: 'outdated', fields: [], changes: [{ kind: 'changed', index: 4 }] })
    expect(changedSourceBlocks(status)).toEqual([4])
    expect(changedSourceBlocks({ state: 'current' })).toEqual([])
  })
  it('is outdated after the title changed, or a description came or went, naming the field', () => {
    expect(translationStatus(stamp, essayVersion({ ...file, title: 'New title' }))).toEqual({
      state: 'outdated',
      fields: [{ kind: 'changed', field: 'title' }],
      changes: []
    })
    const described = essayVersion({ ...file, description: 'Described.' })
    expect(translationStatus(stamp, described)).toEqual({
      state: 'outdated',
      fields: [{ kind: 'added', field: 'description' }],
      changes: []
    })
    expect(translationStatus(stampOf(described), essayVersion(file))).toEqual({
      state: 'outdated',
      fields: [{ kind: 'removed', field: 'description' }],
      changes: []
    })
  })
  it('counts changed passages, fields and blocks alike, and removed ones only when nothing else changed', () => {
    const changes = [{ kind: 'removed' as const, index: 2 }]
    expect(changedPassages({ state: 'outdated', fields: [{ kind: 'changed', field: 'title' }], changes })).toBe(1)
    expect(changedPassages({ state: 'outdated', fields: [], changes: [...changes, { kind: 'added', index: 1 }] })).toBe(1)
    expect(changedPassages({ state: 'outdated', fields: [{ kind: 'removed', field: 'description' }], changes })).toBe(2)
    expect(changedPassages({ state: 'current' })).toBe(0)
  })
})

describe('every field of a term a reader sees counts in its staleness', () => {
  const entry = (fields: Record<string, string>) => markdown({ summary: 'Summary.', ...fields }, 'Body.')
  const english = { term: 'Term', summary: 'Summary.', literal: 'word', meaning: 'sense' }
  const folder = (changed: Record<string, string>): Content => {
    const stamped = loadFolder({ 'glossary/t/en.md': entry(english) })
    const stamp = stampOf(entryVersion(required(stamped.terms.get('t')?.entries.en, 'the English entry')))
    return loadFolder({
      'glossary/t/en.md': markdown({ ...english, ...changed }, changed.body ?? 'Body.'),
      'glossary/t/fr.md': entry({
        term: 'Terme',
        sourceBlocks: [...Object.entries(stamp.fields).map(([k, v]) => `${k}:${v}`), ...stamp.blocks].join(' ')
      })
    })
  }
  const statusAfter = (changed: Record<string, string>) => entryStatus(required(folder(changed).terms.get('t'), 'the term'), 'fr')

  it('is current while nothing a reader sees changed (match forms and sort keys are not read)', () => {
    expect(statusAfter({})).toEqual({ state: 'current' })
    expect(statusAfter({ match: 'other', sortAs: 'zzz' } as Record<string, string>)).toEqual({ state: 'current' })
  })
  for (const field of ['term', 'summary', 'literal', 'meaning']) {
    it(`goes outdated when only the ${field} changes`, () => {
      expect(statusAfter({ [field]: 'Changed.' })).toEqual({ state: 'outdated', fields: [{ kind: 'changed', field }], changes: [] })
    })
  }
  it('goes outdated when only the body changes', () => {
    expect(statusAfter({ body: 'Another body.' })).toMatchObject({
      state: 'outdated',
      fields: [],
      changes: [{ kind: 'changed', index: 0 }]
    })
  })
})

describe('an essay’s title', () => {
  it('marks its translations outdated when it changes in the source', () => {
    const files = (title: string, stamp: string) => ({
      'essays/e/en.md': markdown({ title }, 'Body.'),
      'essays/e/fr.md': markdown({ title: 'Titre', translatedFrom: 'en', sourceBlocks: stamp }, 'Corps.')
    })
    const before = required(loadFolder(files('Title', '')).essays.get('e'), 'the essay')
    const stamp = stampOf(essayVersion(before.source))
    const written = `title:${stamp.fields.title} ${stamp.blocks.join(' ')}`
    expect(essayStatus(required(loadFolder(files('Title', written)).essays.get('e'), 'the essay'), 'fr')).toEqual({ state: 'current' })
    const after = required(loadFolder(files('A new title', written)).essays.get('e'), 'the essay')
    expect(essayStatus(after, 'fr')).toEqual({ state: 'outdated', fields: [{ kind: 'changed', field: 'title' }], changes: [] })
    expect(essayStatus(after, 'en')).toBeUndefined()
    expect(checkStamps(loadFolder(files('A new title', written))).outdated[0].changes).toEqual([
      { kind: 'changed', field: 'title', label: 'title “A new title”' }
    ])
  })
})

describe('translatedBlocks', () => {
  it('pairs each current block with the translation’s block that renders it', () => {
    const version = (blocks: string[]) => ({ fields: [], blocks: blocks.map((hash) => ({ hash, label: hash })) })
    // b changed to B, x added, d removed: the translation's blocks 0, 1, 2 render a, B, c.
    expect(translatedBlocks(blocksStamp(['a', 'b', 'c', 'd']), version(['a', 'B', 'x', 'c']))).toEqual([0, 1, undefined, 2])
    expect(translatedBlocks(undefined, version(['a', 'b']))).toEqual([0, 1])
    expect(counterparts(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([2, 0, 1])
  })
})

describe('withStamp', () => {
  const file = '---\ntitle: "Titre"\ntranslatedFrom: en\n---\n\nTexte.\n'
  it('adds the stamp at the end of the front matter and keeps every other line', () => {
    expect(withStamp(file, { fields: { title: 'ffff0000' }, blocks: ['0123abcd', '12345678'] })).toBe(
      '---\ntitle: "Titre"\ntranslatedFrom: en\nsourceBlocks: "title:ffff0000 0123abcd 12345678"\n---\n\nTexte.\n'
    )
  })
  it('replaces an earlier stamp, in either form', () => {
    const stamped = withStamp(file, blocksStamp(['aaaaaaaa']))
    expect(withStamp(stamped, blocksStamp(['bbbbbbbb']))).toBe(withStamp(file, blocksStamp(['bbbbbbbb'])))
    const blockList = file.replace('---\n\n', 'sourceBlocks:\n  - aaaaaaaa\n  - cccccccc\n---\n\n')
    expect(withStamp(blockList, blocksStamp(['bbbbbbbb']))).toBe(withStamp(file, blocksStamp(['bbbbbbbb'])))
  })
  it('keeps Windows line endings', () => {
    expect(withStamp(file.replace(/\n/g, '\r\n'), blocksStamp(['aaaaaaaa']))).toBe(
      withStamp(file, blocksStamp(['aaaaaaaa'])).replace(/\n/g, '\r\n')
    )
  })
  it('refuses a file without front matter', () => {
    expect(() => withStamp('Just text.\n', blocksStamp(['aaaaaaaa']))).toThrow('has no front matter')
    expect(() => withStamp('---\ntitle: x\n', blocksStamp(['aaaaaaaa']))).toThrow('has no end to its front matter')
  })
})

describe('checkStamps', () => {
  const stampOf = (text: string, title = 'An essay') =>
    `title:${essayVersion({ slug: '', locale: 'en', file: '', title, subjectLabels: [], body: '' }).fields[0].hash} ${hashes(text).join(' ')}`
  const content = () =>
    loadFolder({
      'essays/an-essay/en.md': markdown({ title: 'An essay' }, source.replace('Last', 'Final')),
      'essays/an-essay/fr.md': markdown(
        { title: 'Un essai', translatedFrom: 'en', sourceBlocks: stampOf(source) },
        '## Un\n\nPremier.\n\n- un\n- autre\n\nDernier.'
      ),
      'essays/an-essay/de.md': markdown({
        title: 'Ein Essay',
        translatedFrom: 'en',
        sourceBlocks: stampOf(source.replace('Last', 'Final'))
      }),
      'essays/an-essay/es.md': markdown({ title: 'Un ensayo', translatedFrom: 'en' }),
      'glossary/t/en.md': markdown({ term: 'T', summary: 'New summary.' }),
      'glossary/t/fr.md': markdown({ term: 'T', summary: 'Ancien.', sourceBlocks: 'term:0123abcd summary:01234567 89abcdef' })
    })

  it('lists outdated translations with the changed blocks and the command that marks them current', () => {
    const { outdated, unknown } = checkStamps(content())
    expect(outdated.map(({ file, sourceFile, stampCommand }) => [file, sourceFile, stampCommand])).toEqual([
      ['site/essays/an-essay/fr.md', 'site/essays/an-essay/en.md', 'npm run translations -- stamp essay an-essay fr'],
      ['site/glossary/t/fr.md', 'site/glossary/t/en.md', 'npm run translations -- stamp term t fr']
    ])
    expect(outdated[0].changes).toEqual([{ kind: 'changed', index: 4, label: 'block 5: p “Final paragraph.”' }])
    expect(outdated[1].changes).toEqual([
      { kind: 'changed', field: 'term', label: 'term “T”' },
      { kind: 'changed', field: 'summary', label: 'summary “New summary.”' },
      { kind: 'changed', index: 0, label: 'block 1: p “Text.”' }
    ])
    expect(unknown).toEqual(['site/essays/an-essay/es.md'])
  })
})

describe('the content checks', () => {
  const source = '## One\n\nFirst, with [a link](https://a.example).\n\n- item\n\nLast.'
  const folder = (translation: string, extra: Record<string, string> = {}) =>
    loadFolder({
      'essays/an-essay/en.md': markdown({ title: 'An essay' }, source),
      'essays/an-essay/fr.md': markdown({ title: 'Un essai', translatedFrom: 'en' }, translation),
      ...extra
    })

  it('count every block of an aligned translation', () => {
    const [report] = checkAlignment(folder('## Un\n\nPremier, avec [un lien](https://a.example).\n\n- élément\n\nDernier.'))
    expect(report).toEqual({
      file: 'site/essays/an-essay/fr.md',
      sourceFile: 'site/essays/an-essay/en.md',
      blocks: 4,
      aligned: 4,
      problems: [],
      outdated: false
    })
  })

  it('report a block of another kind, and stop there', () => {
    const [report] = checkAlignment(folder('Un\n\nPremier, avec [un lien](https://a.example).\n\n- élément\n\nDernier.'))
    expect(report.aligned).toBe(0)
    expect(report.problems.map((problem) => problem.message)).toEqual([
      "block 1: is a p, the source's block is a h2: keep the source's kind of block, in its order (in a translation tool, the codes that make it one)"
    ])
  })

  it('report links that differ, and go on', () => {
    const [report] = checkAlignment(folder('## Un\n\nPremier, avec [un lien](https://b.example).\n\n- élément\n\nDernier.'))
    expect(report.aligned).toBe(3)
    expect(report.problems.map((problem) => problem.message)).toEqual([
      "block 2: links differ from the source's (https://b.example vs https://a.example): keep the same links (in a translation tool, every link code)"
    ])
    const [none] = checkAlignment(folder('## Un\n\nPremier, sans lien.\n\n- élément\n\nDernier.'))
    expect(none.problems[0].message).toBe(
      "block 2: links differ from the source's (none vs https://a.example): keep the same links (in a translation tool, every link code)"
    )
  })

  it('report a missing block and an extra one', () => {
    const [short] = checkAlignment(folder('## Un\n\nPremier, avec [un lien](https://a.example).\n\n- élément'))
    expect(short.problems.map((problem) => problem.message)).toEqual([
      'block 4: missing (the source has a p here): keep one block per source block'
    ])
    const [long] = checkAlignment(folder('## Un\n\nPremier, avec [un lien](https://a.example).\n\n- élément\n\nDernier.\n\nEn plus.'))
    expect(long.problems.map((problem) => problem.message)).toEqual([
      'block 5: extra p that the source does not have: keep one block per source block'
    ])
    expect(long.aligned).toBe(4)
  })

  it('count annotations per file against the source’s terms', () => {
    const content = folder('## Un\n\nPremier terme.\n\n- élément\n\nDernier.', {
      'glossary/term/en.md': markdown({ term: 'first', summary: 'S.', match: ['First', 'Last'] }),
      'glossary/term/fr.md': markdown({ term: 'premier', summary: 'S.', match: ['Premier'] }),
      'glossary/other/en.md': markdown({ term: 'item', summary: 'S.' })
    })
    expect(countAnnotations(content)).toEqual([
      { file: 'site/essays/an-essay/en.md', locale: 'en', terms: 2, occurrences: 3, ofSource: 1 },
      { file: 'site/essays/an-essay/fr.md', locale: 'fr', terms: 1, occurrences: 1, ofSource: 0.5 }
    ])
  })

  it('list, per locale, the essays and terms not translated yet', () => {
    const content = folder('Texte.', { 'glossary/term/en.md': markdown({ term: 'term', summary: 'S.' }) })
    const byLocale = Object.fromEntries(coverage(content).map(({ locale, ...rest }) => [locale, rest]))
    expect(byLocale.en).toEqual({ missingEssays: [], missingTerms: [] })
    expect(byLocale.fr).toEqual({ missingEssays: [], missingTerms: ['term'] })
    expect(byLocale.de).toEqual({ missingEssays: ['an-essay'], missingTerms: ['term'] })
  })
})

describe('edges of stamps and block labels', () => {
  it('stamps a file that starts with a byte-order mark', () => {
    expect(withStamp('\uFEFF---\ntitle: T\n---\nx', blocksStamp(['aaaaaaaa']))).toBe(
      '\uFEFF---\ntitle: T\nsourceBlocks: "aaaaaaaa"\n---\nx'
    )
  })
  it('keeps a blank line of the front matter, and replaces only the stamp’s own list lines, in place', () => {
    const file = '---\ntitle: T\nsourceBlocks:\n  - aaaaaaaa\n\ntags:\n  - x\n---\nbody'
    expect(withStamp(file, blocksStamp(['bbbbbbbb']))).toBe('---\ntitle: T\nsourceBlocks: "bbbbbbbb"\n\ntags:\n  - x\n---\nbody')
  })
  it('replaces a stamp where it is, and an empty one too', () => {
    const file = '---\ntitle: T\nsourceBlocks: "aaaaaaaa" # old\ntranslatedFrom: en\n---\nbody'
    expect(withStamp(file, blocksStamp(['bbbbbbbb']))).toBe('---\ntitle: T\nsourceBlocks: "bbbbbbbb" # old\ntranslatedFrom: en\n---\nbody')
    expect(withStamp('---\nsourceBlocks:\ntitle: T\n---\n', blocksStamp(['bbbbbbbb']))).toBe(
      '---\nsourceBlocks: "bbbbbbbb"\ntitle: T\n---\n'
    )
    expect(withStamp('---\n---\nbody', blocksStamp(['bbbbbbbb']))).toBe('---\nsourceBlocks: "bbbbbbbb"\n---\nbody')
  })
  it('marks the changed, added and moved blocks of the source, not the removed ones', () => {
    expect(
      changedSourceBlocks({
        state: 'outdated',
        fields: [{ kind: 'changed', field: 'title' }],
        changes: [
          { kind: 'changed', index: 1 },
          { kind: 'removed', index: 7 },
          { kind: 'moved', index: 3 }
        ]
      })
    ).toEqual([1, 3])
  })
  it('label a block by at most six words or 40 characters', () => {
    expect(firstWords('a'.repeat(40))).toBe('a'.repeat(40))
    expect(firstWords('one two three four five six seven')).toBe('one two three four five six seven')
    expect(firstWords('one two three four five six seven eight nine')).toBe('one two three four five six…')
    expect(firstWords('Antidisestablishmentarianism is the longest word here, said someone')).toBe('Antidisestablishmentarianism is the…')
  })
  it('hash every link of a block, in order, and nothing else', () => {
    const two = markdownBlocks('[a](https://a.example) and [b](https://b.example)')[0].hash
    const swapped = markdownBlocks('[a](https://b.example) and [b](https://a.example)')[0].hash
    const image = markdownBlocks('[a](https://a.example) and ![b](https://b.example)')[0].hash
    expect(new Set([two, swapped, image]).size).toBe(3)
  })
})

describe('golden hashes', () => {
  // Written down: a remark, rehype or hashing change that moves any of them would silently mark every translation of content/ outdated.
  it('hash a fixed text to the same blocks as ever', () => {
    expect(
      hashes(
        '## One\n\nFirst paragraph, with [a link](https://a.example).\n\n- an item\n- another item\n\nLast paragraph, with *emphasis* and `code`.'
      )
    ).toEqual(['38ebde4b', '4da9c36e', '364d3243', '4eac738a', 'e03a5277'])
  })

  it('still match the stamp the e2e fixture’s current German translation was given when it was made', () => {
    const source = readFileSync('tests/fixtures/e2e-content/essays/fixture-outdated/en.md', 'utf8')
    const content = loadFolder({ 'essays/fixture-outdated/en.md': source })
    const version = essayVersion(required(content.essays.get('fixture-outdated'), 'fixture-outdated').source)
    expect(stampOf(version)).toEqual({
      fields: { title: 'b0056405' },
      blocks: ['f6d68ae3', '2c473f45', '8491b68c', '0191a3bd', '4d7afe7a', '3e48ddf6', 'ab32597e']
    })
  })
})
