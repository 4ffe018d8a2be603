'use client'

import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react'
import { fillPluralTemplate, type PluralTemplates } from '@/lib/i18n/plural-templates'
import { type Found, find, loadSearchIndex, type Result, type SearchIndex } from '@/lib/search/pagefind-client'

/**
 * The panel's words, formatted by the server: plain strings, `{query}` where
 * the query goes, and the result count as plural templates. No message
 * formatter reaches the browser.
 */
export interface SearchMessages {
  label: string
  submit: string
  loading: string
  unavailable: string
  results: PluralTemplates
  noResults: string
  otherLanguages: string
  noneAnywhere: string
  essay: string
  term: string
  more: string
}

interface Props {
  /** The search page's own path, where `?q=` is kept. */
  action: string
  /** BCP 47 tag of the page's language, for the count's plural and digits. */
  lang: string
  messages: SearchMessages
  /** Tag and direction of every locale, by locale code (the first segment of a result's path). */
  locales: Record<string, { lang: string; dir: 'ltr' | 'rtl' }>
}

type State = { status: 'idle' | 'loading' | 'unavailable' } | { status: 'done'; query: string; here: Found; elsewhere?: Found }

/**
 * The search page's panel: searches the page's language (lib/search), then,
 * when nothing matches there, the other languages. Nothing is loaded before
 * this page opens.
 */
export default function SearchPanel({ action, lang, messages: t, locales }: Props) {
  const [query, setQuery] = useState('')
  const [state, setState] = useState<State>({ status: 'idle' })
  const engine = useRef<Promise<SearchIndex>>(undefined)
  // The query asked last: a search that resolves after a newer one was asked shows nothing.
  const latest = useRef('')

  const run = useCallback(
    async (text: string) => {
      const trimmed = text.trim()
      latest.current = trimmed
      const url = new URL(location.href)
      url.searchParams.set('q', trimmed)
      history.replaceState(history.state, '', trimmed ? `${action}?${url.searchParams}` : action)
      if (!trimmed) return setState({ status: 'idle' })
      setState({ status: 'loading' })
      const settle = (next: State) => {
        if (latest.current === trimmed) setState(next)
      }
      try {
        engine.current ??= loadSearchIndex()
        const { here, elsewhere } = await engine.current
        const found = await find(here, trimmed, locales)
        const other = found.total === 0 ? await find(await elsewhere(), trimmed, locales) : undefined
        settle({ status: 'done', query: trimmed, here: found, elsewhere: other })
      } catch {
        settle({ status: 'unavailable' })
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

  const showMore = async (which: 'here' | 'elsewhere') => {
    if (state.status !== 'done') return
    const { query: asked } = state
    const next = await state[which]?.more?.()
    // Applied to the state as it is by then, and only while it still shows the same query.
    if (next) setState((current) => (current.status === 'done' && current.query === asked ? { ...current, [which]: next } : current))
  }

  const kinds = { essay: t.essay, term: t.term }
  return (
    <>
      <search aria-label={t.label}>
        <form className="search-form" action={action} onSubmit={submit}>
          <label htmlFor="search-query" className="visually-hidden">
            {t.label}
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
          <button type="submit">{t.submit}</button>
        </form>
      </search>
      <p role="status" className="search-status">
        {state.status === 'loading' ? t.loading : null}
        {state.status === 'unavailable' ? t.unavailable : null}
        {state.status === 'done' && state.here.total > 0
          ? fillPluralTemplate(t.results, lang, state.here.total, { query: state.query })
          : null}
        {state.status === 'done' && state.here.total === 0 ? t.noResults.replaceAll('{query}', state.query) : null}
      </p>
      {state.status === 'done' ? (
        <ResultList found={state.here} locales={locales} kinds={kinds} heading="h2" more={t.more} onMore={() => showMore('here')} />
      ) : null}
      {state.status === 'done' && state.elsewhere ? (
        <section aria-labelledby="search-elsewhere">
          <h2 id="search-elsewhere">{t.otherLanguages}</h2>
          {state.elsewhere.total === 0 ? <p>{t.noneAnywhere.replaceAll('{query}', state.query)}</p> : null}
          <ResultList
            found={state.elsewhere}
            locales={locales}
            kinds={kinds}
            heading="h3"
            more={t.more}
            onMore={() => showMore('elsewhere')}
          />
        </section>
      ) : null}
    </>
  )
}

interface ResultListProps {
  found: Found
  locales: Props['locales']
  kinds: Record<Result['kind'], string>
  /** Results are headings under the page's h1, or under the "other languages" h2. */
  heading: 'h2' | 'h3'
  more: string
  onMore: () => void
}

function ResultList({ found, locales, kinds, heading: Heading, more, onMore }: ResultListProps) {
  if (found.shown.length === 0) return null
  return (
    <>
      <ol className="search-results">
        {found.shown.map((result) => (
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
      {found.more ? (
        <button type="button" className="search-more" onClick={onMore}>
          {more}
        </button>
      ) : null}
    </>
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
