'use client'

import { useEffect, useState } from 'react'
import { cardsClass, cardsSource, changeCardsSourceEvent } from '@/lib/annotate/card-markup'
import { readText, store } from '@/lib/reader/storage'

const storageKey = 'card-locale'

interface Props {
  label: string
  /** Option labels: '' is the page's language, then one per locale. */
  options: { value: string; label: string; lang?: string }[]
  pageLocale: string
  /** Where the cards of this essay are published, per locale. */
  cardsPaths: Record<string, string>
}

/**
 * Lets a reader read in one language and get definitions in another. The
 * choice is remembered, and linkable as `?cards=<locale>`. It points the
 * page's cards at that language's cards fragment (see card-source.ts), which
 * fetches them when they are needed.
 */
export default function CardLanguagePicker({ label, options, pageLocale, cardsPaths }: Props) {
  const [value, setValue] = useState('')

  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search).get('cards') ?? ''
    const initial = fromUrl && options.some((option) => option.value === fromUrl) ? fromUrl : readStored(options)
    if (initial && initial !== pageLocale) {
      setValue(initial)
      showCardsFrom(cardsPaths[initial])
    }
  }, [options, pageLocale, cardsPaths])

  const choose = (next: string) => {
    setValue(next)
    // Without storage, the choice lasts for this page.
    store(storageKey, next)
    const url = new URL(location.href)
    if (next && next !== pageLocale) url.searchParams.set('cards', next)
    else url.searchParams.delete('cards')
    history.replaceState(history.state, '', url)
    showCardsFrom(cardsPaths[next || pageLocale])
  }

  return (
    <label className="card-language">
      {label}{' '}
      <select value={value} onChange={(event) => choose(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function readStored(options: Props['options']): string {
  const stored = readText(storageKey) ?? ''
  return options.some((option) => option.value === stored) ? stored : ''
}

/** Points the page's cards at another cards fragment. */
function showCardsFrom(path: string | undefined) {
  const container = document.querySelector(`.${cardsClass}`)
  if (!container || !path) return
  container.setAttribute(cardsSource.attribute, path)
  container.dispatchEvent(new Event(changeCardsSourceEvent))
}
