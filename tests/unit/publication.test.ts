import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { localizedIn } from '@/lib/content/localized'
import type { Locale } from '@/lib/i18n/locales'
import { neighbours, paginate, readingOrder } from '@/lib/publication/essay-order'
import { buildPublication } from '@/lib/publication/publication'
import { required } from '@/tests/support/required'
import { loadFolder, markdown } from './support/content-folder'

/** Three essays (one undated, one translated into French, one written in Chinese), four terms, two subjects. */
function publication() {
  const content = loadFolder({
    'subjects.yaml': 'finance:\n  en: Finance\n  fr: Finance\nchips:\n  en: Chips\n',
    'essays/older/en.md': markdown(
      { title: 'Older', date: '2024-01-01', categories: ['Finance', 'Chips and compute'] },
      'Nvidia sells chips.\n\n## Later\n\nNvidia again, and CUDA.'
    ),
    'essays/older/fr.md': markdown(
      { title: 'Plus ancien', translatedFrom: 'en', categories: ['Finances', 'Puces et calcul'] },
      'Nvidia vend des puces.\n\n## Plus tard\n\nNvidia encore.'
    ),
    'essays/newer/en.md': markdown(
      { title: 'Newer', date: '2025-06-01', categories: ['Finance'] },
      'See [the older one](/essays/older) and [CUDA](/fr/glossary/cuda#history) or [elsewhere](https://example.com/essays/older).'
    ),
    'essays/undated/zh.md': markdown({ title: '无日期', categories: ['语言'] }, '英伟达的芯片。'),
    'glossary/nvidia/meta.yaml': 'subject: chips\nrelated: [cuda]\n',
    'glossary/nvidia/en.md': markdown(
      { term: 'Nvidia', summary: 'A chip maker, known for CUDA.' },
      'Nvidia makes GPUs and CUDA. [Read](/essays/newer).'
    ),
    'glossary/nvidia/fr.md': markdown({ term: 'Nvidia', summary: 'Un fabricant de puces.' }),
    'glossary/nvidia/zh.md': markdown({ term: '英伟达', summary: '芯片制造商。', sortAs: 'yingweida' }),
    'glossary/cuda/en.md': markdown({ term: 'CUDA', summary: 'Software for Nvidia chips, see the GPU.' }),
    'glossary/gpu/en.md': markdown({ term: 'GPU', summary: 'A graphics processor.' }),
    'glossary/chips/en.md': markdown({ term: 'chips', summary: 'Integrated circuits.', match: ['integrated circuit'] })
  })
  return buildPublication(content)
}

describe('reading order and paging', () => {
  it('lists essays newest first, undated ones last', () => {
    expect(publication().essays.map((essay) => essay.slug)).toEqual(['newer', 'older', 'undated'])
  })

  it('keeps undated essays in a stable order', () => {
    const undated = (slug: string) => {
      const source = { slug, locale: 'en' as const, file: '', title: slug, subjectLabels: [], body: '' }
      return { slug, sourceLocale: 'en' as const, source, files: { en: source } }
    }
    expect(readingOrder([undated('b'), undated('a')]).map((essay) => essay.slug)).toEqual(['a', 'b'])
  })

  it('pages a list, and an empty list is one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((page) => [page.number, page.count, page.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]]
    ])
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }])
  })

  it('knows the essays before and after one', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ newer: 'a', older: 'c' })
    expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ newer: undefined, older: 'b' })
    expect(neighbours(['a'], 'x')).toEqual({})
    expect(publication().neighbours('older')).toEqual({ newer: 'newer', older: 'undated' })
  })
})

describe('fallbacks', () => {
  it('shows an essay in its translation, else in its source, marked', () => {
    const built = publication()
    expect(built.essayFile('older', 'fr')).toMatchObject({ locale: 'fr', isFallback: false, value: { title: 'Plus ancien' } })
    expect(built.essayFile('older', 'de')).toMatchObject({ locale: 'en', isFallback: true })
    expect(built.essayFile('undated', 'en')).toMatchObject({ locale: 'zh', isFallback: true })
  })

  it("shows an entry in its locale, else the default locale's, else any", () => {
    const built = publication()
    expect(built.termEntry('nvidia', 'zh')).toMatchObject({ locale: 'zh', isFallback: false })
    expect(built.termEntry('nvidia', 'ja')).toMatchObject({ locale: 'en', isFallback: true })
  })

  it('without a default-locale value, falls back in the order of the configured locales, whatever order the files came in', () => {
    const entries = (order: Locale[]) =>
      Object.fromEntries(order.map((locale) => [locale, `in ${locale}`])) as Partial<Record<Locale, string>>
    for (const order of [
      ['de', 'ja'],
      ['ja', 'de']
    ] as Locale[][]) {
      // The configured order puts ja before de.
      expect(localizedIn(entries(order), 'fr')).toEqual({ value: 'in ja', locale: 'ja', isFallback: true })
    }
    expect(localizedIn(entries(['de', 'en']), 'fr')).toEqual({ value: 'in en', locale: 'en', isFallback: true })
    expect(localizedIn(entries(['de']), 'de')).toEqual({ value: 'in de', locale: 'de', isFallback: false })
    expect(localizedIn({}, 'de')).toBeUndefined()
  })

  it('falls back the same way for terms loaded from files in any order', () => {
    const built = (files: Record<string, string>) => buildPublication(loadFolder(files))
    const ja = markdown({ term: '用語', summary: '説明。' })
    const de = markdown({ term: 'Begriff', summary: 'Erklärung.' })
    const one = built({ 'glossary/a-term/de.md': de, 'glossary/a-term/ja.md': ja })
    const other = built({ 'glossary/a-term/ja.md': ja, 'glossary/a-term/de.md': de })
    expect(one.termEntry('a-term', 'fr')).toMatchObject({ locale: 'ja', isFallback: true })
    expect(other.termEntry('a-term', 'fr')).toMatchObject({ locale: 'ja', isFallback: true })
  })
})

describe('rendering', () => {
  it('annotates each text with its own language’s forms, linking to the page locale', () => {
    const built = publication()
    const fallback = required(built.essayText('older', 'de'), 'the text of "older" shown in German')
    expect(fallback.locale).toBe('en')
    expect(toHtml(fallback.rendered.tree)).toContain('href="/de/glossary/nvidia"')
    const french = required(built.essayText('older', 'fr'), 'the French text of "older"')
    expect(french.rendered.occurrences.map((one) => one.termId)).toEqual(['nvidia', 'nvidia'])
    expect(() => built.essayText('nope', 'en')).toThrow('The publication has no essay "nope"')
    expect(built.essay('nope')).toBeUndefined()
  })

  it('renders each text once per process: the same result is returned again', () => {
    const built = publication()
    expect(built.essayText('older', 'en')).toBe(built.essayText('older', 'en', 'en', ''))
    expect(built.termSummary('cuda', 'en', 'en')).toBe(built.termSummary('cuda', 'en', 'en'))
  })

  it('gives a second text on a page ids of its own', () => {
    const second = required(publication().essayText('older', 'fr', 'en', 'fr-'), 'the French text of "older" on an English page')
    expect(toHtml(second.rendered.tree)).toContain('id="fr-plus-tard"')
    expect(second.rendered.occurrences[0].id).toBe('fr-term-nvidia-1')
  })

  it('marks links to pages of the publication for previews, in the reader’s language, and leaves others', () => {
    const rendered = required(publication().essayText('newer', 'de'), 'the text of "newer" shown in German').rendered
    const html = toHtml(rendered.tree)
    expect(rendered.previews).toEqual(['essay-older', 'term-cuda'])
    expect(html).toContain('href="/de/essays/older" data-preview="essay-older"')
    expect(html).toContain('href="/de/glossary/cuda#history" data-preview="term-cuda"')
    expect(html).toContain('<a href="https://example.com/essays/older">')
  })

  it('describes a linked page: title and summary, in the reader’s language or its fallback', () => {
    const built = publication()
    expect(built.preview('essay-older', 'fr')).toEqual({
      key: 'essay-older',
      title: 'Plus ancien',
      summary: 'Nvidia vend des puces.',
      locale: 'fr',
      href: '/fr/essays/older'
    })
    expect(built.preview('term-cuda', 'fr')).toMatchObject({ title: 'CUDA', locale: 'en', href: '/fr/glossary/cuda' })
    expect(built.preview('essay-nope', 'fr')).toBeUndefined()
  })

  it('gives a link whose text holds a term that term’s card, naming the link’s site', () => {
    const built = buildPublication(
      loadFolder({
        'essays/linked/en.md': markdown({ title: 'Linked' }, 'Read [the CUDA manual](https://docs.example.org/cuda/) first.'),
        'essays/linked/fr.md': markdown({ title: 'Lié', translatedFrom: 'en' }, 'Lisez [le manuel CUDA](https://docs.example.org/cuda/).'),
        'glossary/cuda/en.md': markdown({ term: 'CUDA', summary: 'Software for Nvidia chips.' }),
        'glossary/cuda/fr.md': markdown({ term: 'CUDA', summary: 'Le logiciel des puces Nvidia.', translatedFrom: 'en' })
      })
    )
    const key = 'via-cuda--aHR0cHM6Ly9kb2NzLmV4YW1wbGUub3JnL2N1ZGEv'
    const rendered = built.essayText('linked', 'fr').rendered
    expect(rendered.previews).toEqual([key])
    expect(rendered.occurrences).toEqual([])
    expect(toHtml(rendered.tree)).toContain(`<a href="https://docs.example.org/cuda/" data-preview="${key}">le manuel CUDA</a>`)
    expect(built.preview(key, 'fr')).toEqual({
      key,
      title: 'CUDA',
      summary: 'Le logiciel des puces Nvidia.',
      locale: 'fr',
      href: 'https://docs.example.org/cuda/',
      destination: 'docs.example.org'
    })
    expect(built.pageCards([rendered], 'fr').previews).toEqual([key])
  })

  it('describes an essay by its front matter, else the start of its first paragraph', () => {
    expect(publication().essayDescription('older', 'en')).toBe('Nvidia sells chips.')
  })
})

describe('cards', () => {
  it('annotates a summary with other terms, never the term itself, each once, with ids of the card', () => {
    const summary = publication().termSummary('nvidia', 'en', 'en')
    expect(summary.occurrences.map((one) => [one.termId, one.id])).toEqual([['cuda', 'card-nvidia--cuda-1']])
  })

  it('finds the cards a page needs: its terms, then every term their summaries name', () => {
    const built = publication()
    const body = built.termBody('nvidia', 'en')
    expect(built.pageCards([body], 'en')).toEqual({
      // "Nvidia makes GPUs and CUDA.": the plural finds the GPU.
      annotated: ['gpu', 'cuda'],
      notes: { gpu: 1, cuda: 2 },
      // CUDA's summary names Nvidia (and the GPU): its card nests in CUDA's.
      cards: ['gpu', 'cuda', 'nvidia'],
      previews: ['essay-newer']
    })
    expect(built.pageCards([body], 'en', 'nvidia').cards).toEqual(['gpu', 'cuda'])
    const [older, newer] = [built.essayText('older', 'en').rendered, built.essayText('newer', 'en').rendered]
    expect(built.pageCards([older, newer], 'en')).toMatchObject({ annotated: ['nvidia', 'cuda'], notes: { nvidia: 1, cuda: 2 } })
  })

  it('annotates a term’s entry like an essay, but not with the term itself', () => {
    const body = publication().termBody('nvidia', 'en')
    expect(body.occurrences.map((one) => one.termId)).toEqual(['gpu', 'cuda'])
    expect(body.previews).toEqual(['essay-newer'])
  })
})

describe('indexes', () => {
  it('lists where each term appears, each occurrence in its sentence, from one pass over the essays shown in a locale', () => {
    const built = publication()
    const summary = (found: ReturnType<typeof built.appearsIn>) =>
      found.map(({ slug, title, locale, isFallback, occurrences }) => ({
        slug,
        title,
        locale,
        isFallback,
        occurrences: occurrences.map(({ href, context }) => [href, `${context.before}[${context.match}]${context.after}`])
      }))
    expect(summary(built.appearsIn('nvidia', 'en'))).toEqual([
      {
        slug: 'older',
        title: 'Older',
        locale: 'en',
        isFallback: false,
        occurrences: [
          ['/en/essays/older#term-nvidia-1', '[Nvidia] sells chips.'],
          ['/en/essays/older#term-nvidia-2', '[Nvidia] again, and CUDA.']
        ]
      },
      // Shown on English pages in its own language (a fallback), annotated with Chinese forms.
      {
        slug: 'undated',
        title: '无日期',
        locale: 'zh',
        isFallback: true,
        occurrences: [['/en/essays/undated#term-nvidia-1', '[英伟达]的芯片。']]
      }
    ])
    expect(built.appearsIn('cuda', 'fr')).toEqual([])
    expect(summary(built.appearsIn('cuda', 'de'))).toEqual([
      {
        slug: 'older',
        title: 'Older',
        locale: 'en',
        isFallback: true,
        occurrences: [['/de/essays/older#term-cuda-1', 'Nvidia again, and [CUDA].']]
      }
    ])
  })

  it('sorts the glossary index by the locale’s reading (sortAs) and groups it by initial', () => {
    const zh = publication().glossaryIndex('zh')
    expect(zh.map((group) => [group.initial, group.entries.map((entry) => entry.id)])).toEqual([
      ['C', ['chips', 'cuda']],
      ['G', ['gpu']],
      ['Y', ['nvidia']]
    ])
    const lastGroup = required(zh.at(-1), 'the last group of the Chinese index')
    expect(lastGroup.entries[0]).toMatchObject({ term: '英伟达', locale: 'zh', subject: 'chips' })
  })

  it('sorts a fallback entry by its name, not by the reading its own language gives it (sortAs)', () => {
    const content = loadFolder({
      // The Chinese entry is the only one: every other locale shows it, sorted by 英伟达, not by "yingweida".
      'glossary/nvidia/zh.md': markdown({ term: '英伟达', summary: '芯片制造商。', sortAs: 'yingweida' }),
      'glossary/arm/en.md': markdown({ term: 'Arm', summary: 'A chip designer.' }),
      'glossary/zeta/en.md': markdown({ term: 'zeta', summary: 'A letter.' })
    })
    const groups = buildPublication(content).glossaryIndex('en')
    expect(groups.map((group) => group.initial)).toEqual(['A', 'Z', '英'])
    expect(
      buildPublication(content)
        .glossaryIndex('zh')
        .map((group) => group.initial)
    ).toEqual(['A', 'Y', 'Z'])
  })

  it('pairs the source with each translation for the bilingual view, never a fallback', () => {
    const built = publication()
    expect(built.bilingualPairs('older')).toEqual([
      ['en', 'fr'],
      ['fr', 'en']
    ])
    expect(built.isBilingualPair('older', 'de', 'en')).toBe(false)
    expect(built.bilingualPartner('older', 'fr')).toBe('en')
    expect(built.bilingualPartner('newer', 'en')).toBeUndefined()
  })
})

describe('subjects', () => {
  it('merges essay categories with the authors’ subjects by id, with their terms', () => {
    const { subjects } = publication()
    expect([...subjects.keys()]).toEqual(['finance', 'chips', 'chips-and-compute', '语言'])
    expect(subjects.get('finance')).toMatchObject({ essays: ['newer', 'older'], terms: [] })
    expect(subjects.get('chips')).toMatchObject({ essays: [], terms: ['nvidia'] })
  })

  it('labels a subject in a locale from subjects.yaml, else a translation’s label, else visibly the fallback', () => {
    const { subjects } = publication()
    const subject = (id: string) => required(subjects.get(id), `the subject ${id}`)
    expect(subject('finance').label('fr')).toEqual({ value: 'Finance', locale: 'fr', isFallback: false })
    expect(subject('chips').label('fr')).toEqual({ value: 'Chips', locale: 'en', isFallback: true })
    expect(subject('chips-and-compute').label('fr')).toEqual({ value: 'Puces et calcul', locale: 'fr', isFallback: false })
    expect(subject('chips-and-compute').label('ja')).toEqual({ value: 'Chips and compute', locale: 'en', isFallback: true })
    expect(subject('语言').label('en')).toEqual({ value: '语言', locale: 'zh', isFallback: true })
  })

  it('gives an essay the subjects of its source’s categories', () => {
    expect(publication().essaySubjects('older')).toEqual(['finance', 'chips-and-compute'])
  })
})

describe('translation status', () => {
  it('is unknown without a stamp, and undefined for a source or a missing translation', () => {
    const built = publication()
    expect(built.essayStatus('older', 'fr')).toEqual({ state: 'unknown' })
    expect(built.essayStatus('older', 'en')).toBeUndefined()
    expect(built.essayStatus('older', 'de')).toBeUndefined()
    expect(built.termStatus('nvidia', 'fr')).toEqual({ state: 'unknown' })
    expect(built.termStatus('nvidia', 'en')).toBeUndefined()
  })
})

describe('links between pages', () => {
  const rendered = (body: string) =>
    buildPublication(
      loadFolder({
        'essays/older/en.md': markdownFile(body),
        'glossary/cuda/en.md': '---\nterm: CUDA\nsummary: S.\n---\n'
      })
    ).essayText('older', 'de').rendered
  const markdownFile = (body: string) => `---\ntitle: T\n---\n\n${body}\n`

  it('recognise essays and terms by their path, with or without a configured locale, and nothing else', () => {
    const { previews, tree } = rendered(
      '[a](/essays/older) [b](/ja/glossary/cuda/) [c](/xx/essays/older) [d](/essays/nope) [e](/en/about/older) [f](/glossary/cuda?x=1) [g](essays/older)'
    )
    expect(previews).toEqual(['essay-older', 'term-cuda'])
    const hrefs = toHtml(tree).match(/href="[^"]+"/g)
    expect(hrefs).toEqual([
      'href="/de/essays/older"',
      'href="/de/glossary/cuda"',
      'href="/xx/essays/older"',
      'href="/essays/nope"',
      'href="/en/about/older"',
      'href="/glossary/cuda?x=1"',
      'href="essays/older"'
    ])
  })

  it('have no preview for a key that names nothing', () => {
    const built = publication()
    expect(built.preview('essay-nope', 'en')).toBeUndefined()
    expect(built.preview('page-older', 'en')).toBeUndefined()
    expect(built.preview('term-', 'en')).toBeUndefined()
  })
})

describe('summaries on a term’s own page', () => {
  it('get ids apart from its card’s and from the page’s text', () => {
    const built = publication()
    expect(built.termSummary('nvidia', 'en', 'en', 'page').occurrences.map((one) => one.id)).toEqual(['summary-cuda-1'])
    expect(built.termSummary('nvidia', 'en', 'en').occurrences.map((one) => one.id)).toEqual(['card-nvidia--cuda-1'])
  })
})

describe('translation status of glossary entries', () => {
  it('is undefined without a default-locale entry to follow', () => {
    const built = buildPublication(
      loadFolder({ 'glossary/t/fr.md': '---\nterm: t\nsummary: S.\n---\n', 'glossary/t/de.md': '---\nterm: t\nsummary: S.\n---\n' })
    )
    expect(built.termStatus('t', 'de')).toBeUndefined()
    expect(built.termStatus('t', 'ja')).toBeUndefined()
  })
})
