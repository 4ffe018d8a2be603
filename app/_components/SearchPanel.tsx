'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react'

interface Props {
  /** The search page's own path, where `?q=` is kept. */
  action: string
  /** The page's language, by name. */
  language: string
  /** Tag and direction of every locale, by locale code (the first segment of a result's path). */
  locales: Record<string, { lang: string; dir: 'ltr' | 'rtl' }>
}

interface Result {
  url: string
  title: string
  /** Matching excerpt: text, with the query's words marked. */
  excerpt: string
  summary?: string
  kind: 'essay' | 'term'
  locale: string
}

interface PagefindResult {
  data: () => Promise<{
    url: string
    excerpt: string
    meta: Record<string, string | undefined>
    sub_results: { url: string; excerpt: string }[]
  }>
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>
  createInstance: (options: Record<string, unknown>) => Pagefind
}

type State = { status: 'idle' | 'loading' | 'unavailable' } | { status: 'done'; query: string; results: Result[]; elsewhere?: Result[] }

/** How many results are shown per language. */
const shown = 10

/**
 * Searches the Pagefind index that the build writes to /pagefind/: in the
 * page's language (Pagefind follows `<html lang>`), then, when nothing matches
 * there, in the other languages. Nothing is loaded before this page opens.
 */
export default function SearchPanel({ action, language, locales }: Props) {
  const t = useTranslations('Search')
  const [query, setQuery] = useState('')
  const [state, setState] = useState<State>({ status: 'idle' })
  const engine = useRef<Promise<{ here: Pagefind; elsewhere: () => Promise<Pagefind> }>>(undefined)

  const run = useCallback(
    async (text: string) => {
      const trimmed = text.trim()
      const url = new URL(location.href)
      url.searchParams.set('q', trimmed)
      history.replaceState(history.state, '', trimmed ? `${action}?${url.searchParams}` : action)
      if (!trimmed) return setState({ status: 'idle' })
      setState({ status: 'loading' })
      try {
        engine.current ??= loadPagefind()
        const { here, elsewhere } = await engine.current
        const results = await find(here, trimmed, locales)
        setState({
          status: 'done',
          query: trimmed,
          results,
          elsewhere: results.length === 0 ? await find(await elsewhere(), trimmed, locales) : undefined
        })
      } catch {
        setState({ status: 'unavailable' })
      }
    },
    [action, locales]
  )

  // The query in the address, once.
  useEffect(() => {
    const initial = new URLSearchParams(location.search).get('q') ?? ''
    setQuery(initial)
    if (initial) void run(initial)
  }, [run])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(query)
  }

  return (
    <>
      <search aria-label={t('label')}>
        <form className="search-form" action={action} onSubmit={submit}>
          <label htmlFor="search-query" className="visually-hidden">
            {t('label')}
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
          <button type="submit">{t('submit')}</button>
        </form>
      </search>
      <p role="status" className="search-status">
        {state.status === 'loading' ? t('loading') : null}
        {state.status === 'unavailable' ? t('unavailable') : null}
        {state.status === 'done' && state.results.length > 0 ? t('results', { count: state.results.length, query: state.query }) : null}
        {state.status === 'done' && state.results.length === 0 ? t('noResults', { language, query: state.query }) : null}
      </p>
      {state.status === 'done' ? (
        <ResultList results={state.results} locales={locales} kinds={{ essay: t('essay'), term: t('term') }} heading="h2" />
      ) : null}
      {state.status === 'done' && state.elsewhere ? (
        <section aria-labelledby="search-elsewhere">
          <h2 id="search-elsewhere">{t('otherLanguages')}</h2>
          {state.elsewhere.length === 0 ? <p>{t('noneAnywhere', { query: state.query })}</p> : null}
          <ResultList results={state.elsewhere} locales={locales} kinds={{ essay: t('essay'), term: t('term') }} heading="h3" />
        </section>
      ) : null}
    </>
  )
}

interface ResultListProps {
  results: Result[]
  locales: Props['locales']
  kinds: Record<Result['kind'], string>
  /** Results are headings under the page's h1, or under the "other languages" h2. */
  heading: 'h2' | 'h3'
}

function ResultList({ results, locales, kinds, heading: Heading }: ResultListProps) {
  if (results.length === 0) return null
  return (
    <ol className="search-results">
      {results.map((result) => (
        <li key={result.url} lang={locales[result.locale]?.lang} dir={locales[result.locale]?.dir}>
          <span className="kind">{kinds[result.kind]}</span>
          <Heading>
            <a href={result.url}>{result.title}</a>
          </Heading>
          {result.summary ? <p>{result.summary}</p> : null}
          <p className="excerpt-match">
            <Marked text={result.excerpt} />
          </p>
        </li>
      ))}
    </ol>
  )
}

/** Pagefind's excerpt, whose only markup is `<mark>`, as React text: never parsed as HTML. */
function Marked({ text }: { text: string }) {
  const parts = text.split(/<mark>|<\/mark>/)
  return parts.map((part, position) => {
    const plain = part
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
    // Odd parts were inside <mark>; each is keyed by where it starts in the excerpt.
    const start = parts.slice(0, position).join('').length
    return position % 2 === 1 ? <mark key={start}>{plain}</mark> : plain
  })
}

/** The page language's index now; the other languages' only when asked for (each is a download). */
async function loadPagefind() {
  const bundle = '/pagefind/pagefind.js'
  const pagefind: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle)
  await pagefind.options({ baseUrl: '/' })
  let elsewhere: Promise<Pagefind> | undefined
  return {
    here: pagefind,
    elsewhere: () =>
      (elsewhere ??= (async () => {
        const all = pagefind.createInstance({ baseUrl: '/' })
        const current = document.documentElement.lang.toLowerCase()
        const entry = await (await fetch('/pagefind/pagefind-entry.json')).json()
        for (const language of Object.keys(entry.languages)) {
          if (language !== current) await all.mergeIndex(`${location.origin}/pagefind/`, { language, baseUrl: '/' })
        }
        return all
      })())
  }
}

async function find(pagefind: Pagefind, query: string, locales: Props['locales']): Promise<Result[]> {
  const search = await pagefind.search(query)
  const data = await Promise.all((search?.results ?? []).slice(0, shown).map((result) => result.data()))
  return data.map((page) => {
    const locale = page.url.split('/')[1]
    const kind = page.url.includes('/glossary/') ? 'term' : 'essay'
    // An essay opens at the heading nearest the match, where Pagefind has one.
    const at = page.sub_results.find((sub) => sub.url.includes('#')) ?? page.sub_results[0]
    return {
      url: kind === 'essay' && at ? at.url : page.url,
      title: page.meta.title ?? page.url,
      excerpt: at?.excerpt ?? page.excerpt,
      summary: kind === 'term' ? page.meta.summary : undefined,
      kind,
      locale: locale in locales ? locale : ''
    }
  })
}
