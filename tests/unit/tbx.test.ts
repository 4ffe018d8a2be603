import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load-content'
import type { Content } from '@/lib/content/types'
import { ImportRefused } from '@/lib/translations/file-writes'
import { exportTbx } from '@/lib/translations/tbx-export'
import { importTbx } from '@/lib/translations/tbx-import'
import { contentFolder, markdown } from './support/content-folder'

function fixture() {
  const { project, contentDir } = contentFolder({
    'subjects.yaml': 'finance:\n  en: Finance\n  fr: Finance\ntechnology:\n  en: Technology\n',
    'glossary/venture-capital/meta.yaml': 'subject: finance\n',
    'glossary/venture-capital/en.md': markdown(
      { term: 'Venture capital', summary: 'Money for young companies.', match: ['venture capital', 'VC'] },
      'Body.'
    ),
    'glossary/venture-capital/fr.md': markdown(
      {
        term: 'Capital-risque',
        summary: 'De l’argent pour les jeunes entreprises.',
        match: ['capital-risque', 'VC'],
        literal: 'risk capital'
      },
      'Corps.'
    ),
    'glossary/4090/en.md': markdown({ term: 'RTX 4090', summary: 'A GPU.' })
  })
  const read = (file: string) => (existsSync(path.join(project, file)) ? readFileSync(path.join(project, file), 'utf8') : undefined)
  return { content: loadContent(contentDir, project), read }
}

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['conceptEntry', 'langSec', 'termSec', 'termNote', 'descrip', 'note'].includes(name)
  }).parse(xml)

describe('export tbx', () => {
  it('is TBX-Basic: one concept entry per term, a language section per entry, the summary as definition, other forms as variants', () => {
    const { content } = fixture()
    const { xml, concepts, languages } = exportTbx(content)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect([concepts, languages]).toEqual([2, 2])
    const { tbx } = parse(xml)
    expect([tbx['@type'], tbx['@style'], tbx['@xmlns'], tbx['@xml:lang']]).toEqual(['TBX-Basic', 'dca', 'urn:iso:std:iso:30042:ed-2', 'en'])
    const [gpu, vc] = tbx.text.body.conceptEntry
    // A term id that starts with a digit is no XML id: it is prefixed.
    expect(gpu['@id']).toBe('_4090')
    expect(gpu.descrip).toBeUndefined()
    expect(vc['@id']).toBe('venture-capital')
    expect(vc.descrip).toEqual([{ '@type': 'subjectField', '#text': 'Finance' }])
    expect(vc.langSec.map((section: { '@xml:lang': string }) => section['@xml:lang'])).toEqual(['en', 'fr'])
    const [english, french] = vc.langSec
    expect(english.descrip).toEqual([{ '@type': 'definition', '#text': 'Money for young companies.' }])
    expect(english.termSec.map((termSec: { term: string }) => termSec.term)).toEqual(['Venture capital', 'VC'])
    expect(english.termSec[0].termNote).toEqual([{ '@type': 'administrativeStatus', '#text': 'preferredTerm-admn-sts' }])
    expect(english.termSec[1].termNote).toEqual([
      { '@type': 'termType', '#text': 'variant' },
      { '@type': 'administrativeStatus', '#text': 'admittedTerm-admn-sts' }
    ])
    expect(french.note).toEqual(['literal: risk capital'])
  })
})

describe('import tbx', () => {
  const refusals = (content: Content, xml: string, read: (file: string) => string | undefined) => {
    try {
      importTbx(content, xml, read, 'site/glossary')
    } catch (error) {
      if (error instanceof ImportRefused) return error.problems
      throw error
    }
    throw new Error('the import was not refused')
  }

  it('changes nothing after an export', () => {
    const { content, read } = fixture()
    expect(importTbx(content, exportTbx(content).xml, read, 'site/glossary')).toEqual({ writes: [], notes: [] })
  })

  it('updates the lines of an entry that differ, and keeps the order of forms it still has', () => {
    const { content, read } = fixture()
    const xml = exportTbx(content).xml.replace('<term>VC</term>', '<term>VC</term></termSec><termSec><term>capital de risque</term>')
    const { writes } = importTbx(content, xml, read, 'site/glossary')
    expect(writes.map((write) => [write.file, write.summary])).toEqual([['site/glossary/venture-capital/en.md', 'match from the TBX file']])
    expect(writes[0].text).toBe(
      '---\nterm: "Venture capital"\nsummary: "Money for young companies."\nmatch: ["venture capital", "VC", "capital de risque"]\n---\n\nBody.\n'
    )
    const french = importTbx(
      content,
      exportTbx(content).xml.replace('De l’argent pour les jeunes entreprises.', 'Des fonds.'),
      read,
      'site/glossary'
    )
    expect(french.writes.map((write) => write.text)).toEqual([
      '---\nterm: "Capital-risque"\nsummary: "Des fonds."\nmatch: ["capital-risque","VC"]\nliteral: "risk capital"\n---\n\nCorps.\n'
    ])
  })

  it('creates an entry in a new language, and a new term with its subject', () => {
    const { content, read } = fixture()
    const xml = exportTbx(content).xml.replace(
      '</body>',
      `<conceptEntry id="liquidity"><descrip type="subjectField">finance</descrip>
        <langSec xml:lang="en"><descrip type="definition">How easily it sells.</descrip><termSec><term>Liquidity</term></termSec><termSec><term>liquid</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
        <langSec xml:lang="de-DE"><descrip type="definition">Wie leicht es sich verkauft.</descrip><termSec><term>Liquidität</term></termSec><termSec><term>liquide Mittel</term></termSec></langSec>
      </conceptEntry></body>`
    )
    const { writes, notes } = importTbx(content, xml, read, 'site/glossary')
    expect(writes.map((write) => [write.file, write.text])).toEqual([
      ['site/glossary/liquidity/en.md', '---\nterm: "Liquidity"\nsummary: "How easily it sells."\n---\n'],
      [
        'site/glossary/liquidity/de.md',
        '---\nterm: "Liquidität"\nsummary: "Wie leicht es sich verkauft."\nmatch: ["Liquidität", "liquide Mittel"]\n---\n'
      ],
      ['site/glossary/liquidity/meta.yaml', 'subject: finance\n']
    ])
    expect(notes).toEqual(['liquidity: new de entr(ies) have no body and no stamp yet: translate the body, then stamp them'])
  })

  it('refuses, one line each, and writes nothing: malformed, TBX v2, unknown language or subject, a bad id, a new term or entry without what it needs, a form two terms claim', () => {
    const { content, read } = fixture()
    const tbx = exportTbx(content).xml
    expect(refusals(content, '<tbx><text>', read)).toEqual([expect.stringMatching(/^is not well-formed XML \(line 1: /)])
    expect(refusals(content, '<martif type="TBX"/>', read)).toEqual([
      'is TBX v2 (<martif>): export TBX v3 (TBX-Basic, ISO 30042:2019) from your tool'
    ])
    expect(refusals(content, tbx.replace('xml:lang="fr"', 'xml:lang="pt"'), read)).toEqual([
      'conceptEntry venture-capital langSec pt: is not a language of this publication'
    ])
    expect(refusals(content, tbx.replace('>Finance<', '>Cooking<'), read)).toEqual([
      'conceptEntry venture-capital: subjectField "Cooking" is not a subject of subjects.yaml (finance, technology)'
    ])
    expect(refusals(content, tbx.replace('id="venture-capital"', 'id="Venture Capital"'), read)).toEqual([
      'conceptEntry "Venture Capital": its id is not a term id (lowercase kebab-case, e.g. price-risk)'
    ])
    const newTerm = (sections: string) => tbx.replace('</body>', `<conceptEntry id="new-term">${sections}</conceptEntry></body>`)
    expect(
      refusals(
        content,
        newTerm('<langSec xml:lang="fr"><descrip type="definition">D.</descrip><termSec><term>Nouveau</term></termSec></langSec>'),
        read
      )
    ).toEqual(['conceptEntry new-term: is a new term, so it needs a en language section (the entry every locale falls back to)'])
    expect(refusals(content, newTerm('<langSec xml:lang="en"><termSec><term>New</term></termSec></langSec>'), read)).toEqual([
      'conceptEntry new-term langSec en: is a new entry, so it needs a definition (its summary)'
    ])
    expect(
      refusals(
        content,
        newTerm('<langSec xml:lang="en"><descrip type="definition">D.</descrip><termSec><term>VC</term></termSec></langSec>'),
        read
      )
    ).toEqual([
      'site/glossary/new-term/en.md: match: "VC" is also claimed by site/glossary/venture-capital/en.md: keep it in one term only'
    ])
    // All or nothing: the good change beside a bad one is not written either.
    expect(
      refusals(content, tbx.replace('Money for young companies.', 'Other.').replace('xml:lang="fr"', 'xml:lang="pt"'), read)
    ).toHaveLength(1)
  })
})
