import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { xliff2js } from 'xliff'
import { loadContent } from '@/lib/content/load-content'
import { formatStamp } from '@/lib/content/stamp-field'
import type { Content } from '@/lib/content/types'
import { locales } from '@/lib/i18n/locales'
import { entryVersion, essayVersion, stampOf } from '@/lib/translations/block-hashes'
import { checkAlignment } from '@/lib/translations/checks'
import { ImportRefused } from '@/lib/translations/file-writes'
import type { Inline } from '@/lib/translations/inline-markup'
import { entryStatus, essayStatus } from '@/lib/translations/status'
import { readXliff, writeXliff, type XliffDocument, type XliffUnit } from '@/lib/translations/xliff-document'
import { exportXliff } from '@/lib/translations/xliff-export'
import { importXliff } from '@/lib/translations/xliff-import'
import { required } from '@/tests/support/required'
import { contentFolder, markdown } from './support/content-folder'

const englishBody =
  '## Liquidity first\n\nMarkets need **liquidity** and [a lender](https://example.org/lender) of last resort, see `code`.\n\n- Bonds react first.\n- Equity follows.\n\nThe end.'
const olderEnglishBody = '## Liquidity first\n\nMarkets need liquidity.\n\n- Bonds react first.\n\nThe end.'
const frenchBody =
  '## La liquidité d’abord\n\nLes marchés ont besoin de **liquidité** \\&amp; d’[un prêteur](https://example.org/lender) en dernier ressort, voir `code`.\n\n- Les obligations réagissent d’abord.\n- Les actions suivent.\n\nLa fin.'
const germanBody = '## Zuerst Liquidität\n\nMärkte brauchen Liquidität.\n\n- Anleihen reagieren zuerst.\n\nDas Ende.'

const essayStamp = (title: string, body: string, description?: string) =>
  formatStamp(stampOf(essayVersion({ slug: '', locale: 'en', file: '', title, description, subjectLabels: [], body })))
const entryStamp = (term: string, summary: string, body: string) =>
  formatStamp(stampOf(entryVersion({ id: '', locale: 'en', file: '', term, summary, match: [term], notMatch: [], body })))

/** A publication with an essay translated into French (current) and German (older than its source), and a term in English and French. */
function fixture(extra: Record<string, string> = {}) {
  const { project, contentDir } = contentFolder({
    'subjects.yaml': 'finance:\n  en: Finance\n  fr: Finance\n',
    'essays/notes/en.md': markdown({ title: 'Notes on liquidity', description: 'A short note.', date: '2024-01-01' }, englishBody),
    'essays/notes/fr.md': markdown(
      {
        title: 'Notes sur la liquidité',
        // French puts a no-break space before a colon: a field is written back as it is.
        description: 'Une courte note\u00a0: rien de plus.',
        translatedFrom: 'en',
        sourceBlocks: essayStamp('Notes on liquidity', englishBody, 'A short note.')
      },
      frenchBody
    ),
    'essays/notes/de.md': markdown(
      { title: 'Notizen', translatedFrom: 'en', sourceBlocks: essayStamp('Notes', olderEnglishBody) },
      germanBody
    ),
    'glossary/liquidity/meta.yaml': 'subject: finance\n',
    'glossary/liquidity/en.md': markdown({ term: 'Liquidity', summary: 'How easily something sells.' }, 'Cash is the most liquid asset.'),
    'glossary/liquidity/fr.md': markdown(
      {
        term: 'Liquidité',
        summary: 'La facilité à vendre.',
        match: ['liquidité'],
        sourceBlocks: entryStamp('Liquidity', 'How easily something sells.', 'Cash is the most liquid asset.')
      },
      'L’argent liquide est l’actif le plus liquide.'
    ),
    ...extra
  })
  const load = () => loadContent(contentDir, project)
  const read = (file: string) => (existsSync(path.join(project, file)) ? readFileSync(path.join(project, file), 'utf8') : undefined)
  /** Every file of the project and its bytes. */
  const snapshot = () => {
    const files: Record<string, string> = {}
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else files[path.relative(project, full)] = readFileSync(full, 'utf8')
      }
    }
    walk(contentDir)
    return files
  }
  return { load, read, snapshot, project }
}

const unitsOf = (document: XliffDocument, fileId: string) =>
  required(
    document.files.find((file) => file.id === fileId),
    fileId
  ).units
const unitNamed = (units: XliffUnit[], name: string) =>
  required(
    units.find((unit) => unit.id.startsWith(`${name}.`)),
    name
  )

describe('export xliff', () => {
  it('writes one unit per field and block, the state from the stamps, and the current target', () => {
    const content = fixture().load()
    const french = unitsOf(exportXliff(content, 'fr').document, 'essay.notes')
    expect(french.map((unit) => unit.id.replace(/\.[0-9a-f]{8}$/, ''))).toEqual([
      'title',
      'description',
      'block-1',
      'block-2',
      'block-3',
      'block-4',
      'block-5'
    ])
    expect(french.every((unit) => unit.state === 'translated')).toBe(true)
    expect(unitNamed(french, 'title').target).toEqual(['Notes sur la liquidité'])

    const german = unitsOf(exportXliff(content, 'de').document, 'essay.notes')
    const states = Object.fromEntries(
      german.map((unit) => [unit.id.replace(/\.[0-9a-f]{8}$/, ''), [unit.state, unit.target !== undefined]])
    )
    expect(states).toEqual({
      title: ['initial', true],
      description: ['initial', false],
      'block-1': ['translated', true],
      'block-2': ['initial', true],
      'block-3': ['translated', true],
      'block-4': ['initial', false],
      'block-5': ['translated', true]
    })
    // The added English item has no German counterpart; the last block is the German file's fourth.
    expect(unitNamed(german, 'block-5').target).toEqual(['Das Ende.'])
  })

  it('carries the hash of each source in the unit id', () => {
    const ids = unitsOf(exportXliff(fixture().load(), 'fr').document, 'essay.notes').map((unit) => unit.id)
    // Written down by hand: a change to the id format or to the hashes must show here.
    expect(ids).toEqual([
      'title.e2633f65',
      'description.f254c82c',
      'block-1.3ddd40d5',
      'block-2.a4f6f142',
      'block-3.d6079c18',
      'block-4.3d90a9a6',
      'block-5.85380463'
    ])
  })

  it('leaves out what is not asked for: --only missing or outdated, --essay, --term', () => {
    const content = fixture().load()
    const names = (options: Parameters<typeof exportXliff>[2]) =>
      exportXliff(content, 'de', options).document.files.map(
        (file) => `${file.id}: ${file.units.map((unit) => unit.id.replace(/\.[0-9a-f]{8}$/, '')).join(' ')}`
      )
    expect(names({ only: ['outdated'] })).toEqual(['essay.notes: title block-2'])
    expect(names({ only: ['missing'] })).toEqual(['essay.notes: description block-4', 'term.liquidity: term summary block-1'])
    expect(names({ only: ['missing', 'outdated'], essays: ['notes'] })).toEqual(['essay.notes: title description block-2 block-4'])
    expect(names({ terms: ['liquidity'] })).toEqual(['term.liquidity: term summary block-1'])
    expect(() => exportXliff(content, 'de', { essays: ['nope'] })).toThrow('There is no essay "nope".')
    expect(() => exportXliff(content, 'en')).toThrow('en is the language translated from')
  })

  it('notes the glossary terms each source annotates, with their forms in the target language', () => {
    const content = fixture().load()
    expect(unitNamed(unitsOf(exportXliff(content, 'fr').document, 'essay.notes'), 'block-2').notes).toEqual([
      'Liquidity → Liquidité (liquidity; forms in fr: liquidité)'
    ])
    expect(unitNamed(unitsOf(exportXliff(content, 'de').document, 'essay.notes'), 'title').notes).toEqual([
      'Liquidity (liquidity) has no de entry yet'
    ])
    expect(unitNamed(unitsOf(exportXliff(content, 'fr').document, 'essay.notes'), 'block-3').notes).toEqual([])
  })

  it('leaves out texts translated from another language, and says so', () => {
    const content = fixture({ 'essays/chinese/zh.md': markdown({ title: '流动性' }, '流动性很重要。') }).load()
    const exported = exportXliff(content, 'fr')
    expect(exported.leftOut).toEqual(['essay chinese: translated from zh, not en (export it with --from zh)'])
    expect(exportXliff(content, 'fr', { from: 'zh' }).document.files.map((file) => file.id)).toEqual(['essay.chinese'])
  })
})

describe('the XLIFF file, read by other parsers', () => {
  const exported = () => exportXliff(fixture().load(), 'fr', { essays: ['notes'] }).xml

  it('is XLIFF 2.0 with a state on each segment and the Markdown of each code in originalData (fast-xml-parser)', () => {
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['file', 'unit', 'data', 'note', 'pc', 'ph'].includes(name)
    }).parse(exported())
    expect(parsed.xliff['@xmlns']).toBe('urn:oasis:names:tc:xliff:document:2.0')
    expect([parsed.xliff['@version'], parsed.xliff['@srcLang'], parsed.xliff['@trgLang']]).toEqual(['2.0', 'en', 'fr'])
    const unit = required(
      parsed.xliff.file[0].unit.find((one: { '@id': string }) => one['@id'].startsWith('block-2.')),
      'block 2'
    )
    expect(unit.segment['@state']).toBe('translated')
    const data = Object.fromEntries(unit.originalData.data.map((one: { '@id': string; '#text': string }) => [one['@id'], one['#text']]))
    expect(Object.values(data)).toEqual(['**', '[', '](https://example.org/lender)', '`code`'])
    const [strong, link] = unit.segment.source.pc
    expect([data[strong['@dataRefStart']], data[strong['@dataRefEnd']], strong['#text']]).toEqual(['**', '**', 'liquidity'])
    expect([data[link['@dataRefStart']], data[link['@dataRefEnd']], link['#text'], link['@type'], link['@canDelete']]).toEqual([
      '[',
      '](https://example.org/lender)',
      'a lender',
      'link',
      'no'
    ])
    expect(data[unit.segment.source.ph[0]['@dataRef']]).toBe('`code`')
    // The target's codes take the ids of the source's codes they repeat.
    expect(unit.segment.target.pc.map((pc: { '@id': string }) => pc['@id'])).toEqual(
      unit.segment.source.pc.map((pc: { '@id': string }) => pc['@id'])
    )
    expect(unit.notes.note[0]['@category']).toBe('glossary')
  })

  it('reads as a CAT tool’s library reads it (the xliff package): sources and targets with their inline codes', async () => {
    const js = await xliff2js(exported())
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['en', 'fr'])
    const units = js.resources['essay.notes']
    const block = required(
      Object.entries(units).find(([id]) => id.startsWith('block-2.')),
      'block 2'
    )[1]
    expect(block.source).toEqual([
      'Markets need ',
      { Span: { id: '1', dataRefStart: 'd1', dataRefEnd: 'd1', type: 'fmt', subType: 'xlf:b', contents: 'liquidity' } },
      ' and ',
      { Span: { id: '2', dataRefStart: 'd2', dataRefEnd: 'd3', type: 'link', canDelete: 'no', contents: 'a lender' } },
      ' of last resort, see ',
      { Standalone: { id: '3', dataRef: 'd4', type: 'other' } },
      '.'
    ])
    const title = required(
      Object.entries(units).find(([id]) => id.startsWith('title.')),
      'title'
    )[1]
    expect([title.source, title.target]).toEqual(['Notes on liquidity', 'Notes sur la liquidité'])
  })
})

/** A document as a translator hands it back: `translate` gives each unit a target and a state, or leaves it. */
function translated(xml: string, translate: (unit: XliffUnit, fileId: string) => Partial<XliffUnit> | undefined): string {
  const document = readXliff(xml)
  for (const file of document.files) {
    file.units = file.units.map((unit) => ({ ...unit, ...translate(unit, file.id) }))
  }
  return writeXliff(document)
}

describe('import', () => {
  it('changes nothing after an export, in any language: every file stays byte for byte', () => {
    const project = fixture({ 'essays/chinese/zh.md': markdown({ title: '流动性' }, '流动性很重要。') })
    const before = project.snapshot()
    const content = project.load()
    for (const locale of locales) {
      for (const from of locales) {
        if (from === locale) continue
        const { xml, units } = exportXliff(content, locale, { from })
        if (units === 0) continue
        expect(importXliff(content, xml, project.read).writes, `${from} → ${locale}`).toEqual([])
      }
    }
    expect(project.snapshot()).toEqual(before)
  })

  it('writes the translated units of an outdated translation and stamps them: it is current again, and nothing else moved', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'de', { only: ['outdated', 'missing'], essays: ['notes'] }).xml, (unit) => {
      const name = unit.id.replace(/\.[0-9a-f]{8}$/, '')
      const targets: Record<string, Inline[]> = {
        title: ['Notizen zur Liquidität'],
        description: ['Eine kurze Notiz.'],
        'block-2': [
          'Märkte brauchen ',
          { code: 'span', kind: 'strong', start: '**', end: '**', content: ['Liquidität'] },
          ' und ',
          { code: 'span', kind: 'link', start: '[', end: '](https://example.org/lender)', content: ['einen Kreditgeber'] },
          ' letzter Instanz, siehe ',
          { code: 'placeholder', kind: 'code', data: '`code`' },
          '.'
        ],
        'block-4': ['Aktien folgen.']
      }
      return { target: targets[name], state: 'translated' }
    })
    const { writes } = importXliff(content, xml, project.read)
    expect(writes.map((write) => [write.file, write.summary])).toEqual([
      ['site/essays/notes/de.md', 'title, description, 1 block(s), 1 new block(s); stamped']
    ])
    expect(writes[0].text).toBe(
      `---\ntitle: "Notizen zur Liquidität"\ntranslatedFrom: "en"\nsourceBlocks: "${essayStamp('Notes on liquidity', englishBody, 'A short note.')}"\ndescription: "Eine kurze Notiz."\n---\n\n` +
        '## Zuerst Liquidität\n\nMärkte brauchen **Liquidität** und [einen Kreditgeber](https://example.org/lender) letzter Instanz, siehe `code`.\n\n- Anleihen reagieren zuerst.\n- Aktien folgen.\n\nDas Ende.\n'
    )
  })

  it('puts new source blocks where the source has them: before the first, two after one block, after the last', () => {
    const source = 'Alpha.\n\nBravo.\n\nCharlie.\n\nDelta.\n\nEcho.\n\nFoxtrot.'
    const older = 'Bravo.\n\nEcho.'
    const project = fixture({
      'essays/grown/en.md': markdown({ title: 'Grown', date: '2024-02-01' }, source),
      'essays/grown/de.md': markdown(
        { title: 'Gewachsen', translatedFrom: 'en', sourceBlocks: essayStamp('Grown', older) },
        'Bravo-de.\n\nEcho-de.'
      )
    })
    const content = project.load()
    const german: Record<string, string> = {
      'block-1': 'Alpha-de.',
      'block-3': 'Charlie-de.',
      'block-4': 'Delta-de.',
      'block-6': 'Foxtrot-de.'
    }
    const xml = translated(exportXliff(content, 'de', { only: ['missing'], essays: ['grown'] }).xml, (unit) => {
      const target = german[unit.id.replace(/\.[0-9a-f]{8}$/, '')]
      return target ? { target: [target], state: 'translated' } : undefined
    })
    const { writes } = importXliff(content, xml, project.read)
    expect(writes.map((write) => write.summary)).toEqual(['4 new block(s); stamped'])
    expect(writes[0].text.split('---\n')[2]).toBe('\nAlpha-de.\n\nBravo-de.\n\nCharlie-de.\n\nDelta-de.\n\nEcho-de.\n\nFoxtrot-de.\n')
    // Stamped: the four new blocks follow their source; Bravo and Echo still follow the older source's blocks.
    const stamp = /sourceBlocks: "([^"]+)"/.exec(writes[0].text)?.[1] ?? ''
    const hashes = (body: string) =>
      stampOf(essayVersion({ slug: '', locale: 'en', file: '', title: 'Grown', subjectLabels: [], body })).blocks
    const [a, , c, d, , f] = hashes(source)
    const [b, e] = hashes(older)
    expect(stamp).toContain(` ${[a, b, c, d, e, f].join(' ')}`)
  })

  it('replaces only the bytes of the blocks whose text changed, wherever the translator moved the codes', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'fr', { essays: ['notes'] }).xml, (unit) => {
      if (!unit.id.startsWith('block-2.')) return undefined
      const [, strong, , link, , code] = unit.source.filter((piece) => typeof piece !== 'string' || piece !== '')
      return { state: 'final', target: [link, ' les marchés veulent de la ', strong, ' (', code, ').'] }
    })
    const [write] = importXliff(content, xml, project.read).writes
    const before = required(project.read('site/essays/notes/fr.md'), 'the French file').split('\n')
    const after = write.text.split('\n')
    expect(after.filter((line, index) => line !== before[index])).toEqual([
      '[a lender](https://example.org/lender) les marchés veulent de la **liquidity** (`code`).'
    ])
    expect(after.length).toBe(before.length)
  })

  it('leaves units still in state initial, and a target that did not change, as they are', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'de').xml, () => ({ target: ['Etwas anderes.'], state: 'initial' }))
    const result = importXliff(content, xml, project.read)
    expect(result.writes).toEqual([])
    expect(result.notes).toEqual([expect.stringMatching(/^10 unit\(s\) still in state initial were left as they are/)])
  })

  it('creates a translation that does not exist yet, stamped, aligned with its source', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'es').xml, (unit, fileId) =>
      fileId === 'essay.notes'
        ? { target: unit.source.map((piece) => (typeof piece === 'string' ? `¡${piece}!` : piece)), state: 'translated' }
        : undefined
    )
    const { writes } = importXliff(content, xml, project.read)
    expect(writes.map((write) => write.file)).toEqual(['site/essays/notes/es.md'])
    expect(writes[0].text).toBe(
      `---\ntitle: "¡Notes on liquidity!"\ndescription: "¡A short note.!"\ntranslatedFrom: "en"\nsourceBlocks: "${essayStamp('Notes on liquidity', englishBody, 'A short note.')}"\n---\n\n` +
        // A "!" right before a link is escaped: it would make the link an image.
        '## ¡Liquidity first!\n\n¡Markets need !**liquidity**¡ and \\![a lender](https://example.org/lender)¡ of last resort, see !`code`¡.!\n\n- ¡Bonds react first.!\n- ¡Equity follows.!\n\n¡The end.!\n'
    )
  })

  it('makes files the loader reads back as current, aligned translations', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'de', { only: ['missing', 'outdated'] }).xml, (unit) => ({
      target: unit.source.map((piece) => (typeof piece === 'string' ? piece.toUpperCase() : piece)),
      state: 'reviewed'
    }))
    for (const { file, text } of importXliff(content, xml, project.read).writes) writeFileIn(project.project, file, text)
    const after = project.load()
    expect(essayStatus(required(after.essays.get('notes'), 'the essay'), 'de')).toEqual({ state: 'current' })
    expect(entryStatus(required(after.terms.get('liquidity'), 'the term'), 'de')).toEqual({ state: 'current' })
    expect(checkAlignment(after).flatMap((report) => report.problems)).toEqual([])
  })
})

function writeFileIn(project: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
  writeFileSync(path.join(project, file), text)
}

describe('import refuses, in one line each, and writes nothing', () => {
  const refusals = (content: Content, xml: string, read: (file: string) => string | undefined) => {
    try {
      importXliff(content, xml, read)
    } catch (error) {
      if (error instanceof ImportRefused) return error.problems
      throw error
    }
    throw new Error('the import was not refused')
  }
  const setup = () => {
    const project = fixture()
    const content = project.load()
    return { project, content, xml: exportXliff(content, 'fr', { essays: ['notes'] }).xml }
  }

  it('a file that is not XML, or not XLIFF 2', () => {
    const { project, content } = setup()
    expect(refusals(content, '<xliff version="2.0"><file>', project.read)).toEqual([
      expect.stringMatching(/^is not well-formed XML \(line 1: /)
    ])
    expect(refusals(content, '<xliff version="1.2" srcLang="en" trgLang="fr"/>', project.read)).toEqual([
      'is not an XLIFF 2 document (its root is <xliff> version 1.2)'
    ])
    expect(refusals(content, '<tbx/>', project.read)).toEqual(['is not an XLIFF 2 document (its root is <tbx>)'])
  })

  it('a language the publication does not have, or a source in another language', () => {
    const { project, content, xml } = setup()
    expect(refusals(content, xml.replace('trgLang="fr"', 'trgLang="pt"'), project.read)).toEqual([
      'trgLang "pt" is not a language of this publication (en, zh-Hans, ja, es, de, fr, ar)'
    ])
    expect(refusals(content, xml.replace('srcLang="en"', 'srcLang="de"'), project.read)).toEqual([
      "file essay.notes: its fr text is translated from en, but the document's srcLang is de"
    ])
    expect(refusals(content, xml.replace('trgLang="fr"', 'trgLang="en"').replace('srcLang="en"', 'srcLang="fr"'), project.read)).toEqual([
      "file essay.notes: en is the essay's own language: there is nothing to translate into it"
    ])
  })

  it('a file or a unit the content does not have', () => {
    const { project, content, xml } = setup()
    expect(refusals(content, xml.replace('id="essay.notes"', 'id="essay.nope"'), project.read)).toEqual([
      'file essay.nope: there is no essay "nope"'
    ])
    const unit = /id="(block-5\.[0-9a-f]{8})"/.exec(xml)?.[1] ?? ''
    expect(refusals(content, xml.replace(unit, 'block-9.0123abcd'), project.read)).toEqual([
      'essay.notes unit block-9.0123abcd: the essay has no block 9 (it has 5)'
    ])
    expect(refusals(content, xml.replace(unit, 'whatever'), project.read)).toEqual([
      'essay.notes unit whatever: is not a unit id of Glossa (<field or block-n>.<hash>)'
    ])
  })

  it('a unit whose source changed since the export', () => {
    const { project, xml } = setup()
    const changed = loadContent(path.join(writeSource(project.project, englishBody.replace('The end.', 'The very end.'))), project.project)
    const [problem, ...rest] = refusals(
      changed,
      translated(xml, () => ({ state: 'translated' })),
      project.read
    )
    expect(rest).toEqual([])
    expect(problem).toMatch(
      /^essay\.notes unit block-5\.[0-9a-f]{8}: the source of block 5 changed since the export \(its hash is [0-9a-f]{8} now, [0-9a-f]{8} then\): export again and translate the new source$/
    )
  })

  it('a code whose Markdown the unit does not define, and a target that drops a link', () => {
    const { project, content, xml } = setup()
    expect(refusals(content, xml.replace('dataRef="d4"', 'dataRef="d9"'), project.read)).toEqual([
      expect.stringMatching(
        /^essay\.notes unit block-2\.[0-9a-f]{8}: <ph id="3"> refers to data "d9", which the unit's <originalData> does not have$/
      )
    ])
    const noLink = translated(xml, (unit) => (unit.id.startsWith('block-2.') ? { target: ['Sans lien.'], state: 'translated' } : undefined))
    expect(refusals(content, noLink, project.read)).toEqual([
      expect.stringMatching(
        /^essay\.notes unit block-2\.[0-9a-f]{8}: links differ from the source's \(none vs https:\/\/example\.org\/lender\): keep the same links \(in a translation tool, every link code\)$/
      )
    ])
  })

  it('a new file with units left to translate', () => {
    const { project, content } = setup()
    const xml = translated(exportXliff(content, 'es', { essays: ['notes'] }).xml, (unit) =>
      unit.id.startsWith('title.') ? { target: ['Notas'], state: 'translated' } : undefined
    )
    expect(refusals(content, xml, project.read)).toEqual([
      'site/essays/notes/es.md: does not exist yet, and block-1 has no translated target: translate every unit of a new file (or create it by hand)'
    ])
  })

  it('everything, when one unit of many is wrong', () => {
    const { project, content, xml } = setup()
    const mixed = translated(xml, (unit) =>
      unit.id.startsWith('title.')
        ? { target: ['Un autre titre'], state: 'translated' }
        : unit.id.startsWith('block-2.')
          ? { target: ['Sans lien.'], state: 'translated' }
          : undefined
    )
    expect(refusals(content, mixed, project.read)).toHaveLength(1)
  })
})

/** Rewrites the English source of the fixture essay in place; returns the content folder. */
function writeSource(project: string, body: string): string {
  const contentDir = path.join(project, 'site')
  writeFileSync(
    path.join(contentDir, 'essays/notes/en.md'),
    markdown({ title: 'Notes on liquidity', description: 'A short note.', date: '2024-01-01' }, body)
  )
  return contentDir
}

describe('readXliff accepts what translation tools write back', () => {
  const document = (
    unit: string,
    data = '<originalData><data id="d1">**</data><data id="d2">[</data><data id="d3">](u)</data></originalData>'
  ) =>
    `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="fr-FR">\n<file id="f"><group id="g"><unit id="u">${data}${unit}</unit></group></file></xliff>`
  const read = (unit: string) => required(readXliff(document(unit)).files[0].units[0], 'the unit')

  it('joins segments and ignorables, and takes the least advanced state', () => {
    const unit = read(
      '<segment state="final"><source>One.</source><target>Un.</target></segment><ignorable><source> </source></ignorable><segment state="translated"><source>Two.</source><target>Deux.</target></segment>'
    )
    expect(unit).toMatchObject({ id: 'u', state: 'translated', source: ['One. Two.'], target: ['Un. Deux.'] })
    expect(
      read('<segment state="final"><source>One.</source><target>Un.</target></segment><segment><source>Two.</source></segment>')
    ).toMatchObject({
      state: 'initial',
      target: undefined
    })
  })

  it('reads <sc>/<ec> pairs as the span they delimit, unwraps <mrk>, and reads <cp> and character references', () => {
    const unit = read(
      '<segment state="translated"><source>x</source><target>A <sc id="1" dataRef="d1"/>b<mrk id="m" translate="yes">o</mrk>ld<ec startRef="1" dataRef="d1"/> &#x263A;<cp hex="1F600"/> <![CDATA[<raw>]]></target></segment>'
    )
    expect(unit.target).toEqual(['A ', { code: 'span', kind: 'markup', start: '**', end: '**', content: ['bold'] }, ' ☺😀 <raw>'])
  })

  it('refuses overlapping codes, a code that is never closed, an unknown state or element', () => {
    const problem = (target: string) => {
      try {
        read(`<segment state="translated"><source>x</source><target>${target}</target></segment>`)
      } catch (error) {
        return (error as Error).message
      }
      return 'read'
    }
    expect(
      problem('<sc id="1" dataRef="d1"/><sc id="2" dataRef="d2"/>a<ec startRef="1" dataRef="d1"/><ec startRef="2" dataRef="d3"/>')
    ).toBe('f unit u: <ec> of code "1" does not close the code opened last: Markdown cannot overlap formatting')
    expect(problem('<sc id="1" dataRef="d1"/>a')).toBe('f unit u: <sc id="1"> is never closed')
    expect(problem('<b>a</b>')).toBe('f unit u: <b> is not an XLIFF 2 inline element')
    expect(() => read('<segment state="done"><source>x</source></segment>')).toThrow(
      'f unit u: state "done" is not an XLIFF 2 state (initial, translated, reviewed, final)'
    )
  })

  it('refuses a unit id twice in a file', () => {
    expect(() =>
      readXliff(document('<segment><source>x</source></segment></unit><unit id="u"><segment><source>y</source></segment>'))
    ).toThrow('f unit u: appears twice in its file')
  })
})

describe('import of units a translator confirmed', () => {
  it('stamps an outdated unit confirmed as it is, and changes no other byte', () => {
    const project = fixture()
    const content = project.load()
    const xml = translated(exportXliff(content, 'de', { only: ['outdated'] }).xml, (unit) =>
      unit.id.startsWith('block-2.') ? { state: 'final' } : undefined
    )
    const [write] = importXliff(content, xml, project.read).writes
    const before = required(project.read('site/essays/notes/de.md'), 'the German file').split('\n')
    const changed = write.text.split('\n').filter((line, index) => line !== before[index])
    expect(changed).toEqual([expect.stringMatching(/^sourceBlocks: "title:[0-9a-f]{8} [0-9a-f ]+"$/)])
    expect(write.summary).toBe('no text changed; stamped')
  })

  it('refuses an empty field, and takes a field as one trimmed line', () => {
    const project = fixture()
    const content = project.load()
    const withTitle = (title: string) =>
      translated(exportXliff(content, 'fr', { essays: ['notes'] }).xml, (unit) =>
        unit.id.startsWith('title.') ? { target: [title] } : undefined
      )
    expect(() => importXliff(content, withTitle('  '), project.read)).toThrow(/essay\.notes unit title\.[0-9a-f]{8}: is empty/)
    expect(importXliff(content, withTitle(' Notes sur la\n liquidité '), project.read).writes).toEqual([])
  })
})
