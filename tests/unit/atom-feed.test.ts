import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'
import { atomXml } from '@/lib/publication/atom'
import { atomFeed } from '@/lib/publication/atom-feed'
import { buildPublication } from '@/lib/publication/publication'
import { required } from '@/tests/support/required'
import { loadFolder, markdown } from './support/content-folder'

function feedFor(locale: 'en' | 'fr') {
  const publication = buildPublication(
    loadFolder({
      'subjects.yaml': 'finance:\n  en: Finance\n  fr: Finances\n',
      'essays/translated/en.md': markdown(
        { title: 'Money <script>alert(1)</script> & co', date: '2025-03-01', categories: ['Finance'] },
        'About money & <b>power</b>.'
      ),
      'essays/translated/fr.md': markdown({ title: 'L’argent <img src=x onerror=alert(1)>', translatedFrom: 'en' }, 'Sur l’argent.'),
      'essays/english-only/en.md': markdown({ title: 'Only English', date: '2024-01-01' }, 'Plain.'),
      'essays/undated/en.md': markdown({ title: 'Undated' }, 'No date.')
    })
  )
  const origin = 'https://reader.example'
  const xml = atomFeed(
    publication,
    locale,
    {
      title: `Feed ${locale}`,
      subtitle: 'Essays',
      untranslated: (language) => `Not translated: ${language}.`,
      subject: (id) => required(publication.subjects.get(id), `subject ${id}`).label(locale).value
    },
    { feed: `${origin}/${locale}/feed.xml`, home: `${origin}/${locale}`, essay: (slug) => `${origin}/${locale}/essays/${slug}` }
  )
  return { xml, feed: parseFeed(xml) }
}

describe('the Atom feed of a locale', () => {
  it('lists the essays newest first, undated last, each linking to its page in that locale', () => {
    const { feed } = feedFor('fr')
    expect(feed.title).toBe('Feed fr')
    expect(feed.language).toBe('fr')
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://reader.example/fr/essays/translated',
      'https://reader.example/fr/essays/english-only',
      'https://reader.example/fr/essays/undated'
    ])
    expect(feed.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.url))
    expect(feed.items[0].categories).toEqual([{ label: 'Finances', term: 'finance', url: null }])
  })

  it('dates entries from front matter, and undated ones and the feed the same in every build', () => {
    const { feed, xml } = feedFor('en')
    expect(feed.items.map((item) => item.updated?.toISOString())).toEqual([
      '2025-03-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z'
    ])
    expect(feed.updated?.toISOString()).toBe('2025-03-01T00:00:00.000Z')
    expect(feedFor('en').xml).toBe(xml)
  })

  it('marks the language of an entry shown in its source language', () => {
    const { xml, feed } = feedFor('fr')
    expect([...xml.matchAll(/<entry(?: xml:lang="([^"]+)")?>/g)].map(([, lang]) => lang)).toEqual([undefined, 'en', 'en'])
    // The language named as the feed's language names it.
    expect(feed.items[1].description).toBe('Not translated: anglais. Plain.')
  })

  it('keeps hostile titles and summaries as text', () => {
    const { feed, xml } = feedFor('en')
    expect(feed.items[0].title).toBe('Money <script>alert(1)</script> & co')
    expect(feed.items[0].description).toBe('About money & power.')
    expect(xml).not.toMatch(/<script|<img/)
    expect(feedFor('fr').feed.items[0].title).toBe('L’argent <img src=x onerror=alert(1)>')
  })
})

describe('an Atom document', () => {
  it('is written as this exact XML: languages as attributes, text escaped', () => {
    const xml = atomXml({
      url: 'https://reader.example/en/feed.xml',
      home: 'https://reader.example/en',
      title: 'Essays & notes',
      updated: new Date('2026-01-02T00:00:00Z'),
      lang: 'en',
      entries: [
        {
          url: 'https://reader.example/en/essays/a',
          title: 'Money <b>& co</b>',
          updated: new Date('2026-01-02T00:00:00Z'),
          lang: 'zh-Hans',
          content: '附带权益 "x"',
          categories: [{ term: 'finance', label: 'Finance' }]
        }
      ]
    })
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><id>https://reader.example/en/feed.xml</id><title>Essays &#x26; notes</title><updated>2026-01-02T00:00:00.000Z</updated><link rel="alternate" href="https://reader.example/en" /><link rel="self" href="https://reader.example/en/feed.xml" /><entry xml:lang="zh-Hans"><title>Money &#x3C;b>&#x26; co&#x3C;/b></title><id>https://reader.example/en/essays/a</id><link href="https://reader.example/en/essays/a" /><updated>2026-01-02T00:00:00.000Z</updated><content>附带权益 "x"</content><category term="finance" label="Finance" /></entry></feed>'
    )
  })
})
