'use client'

import { useEffect, useState } from 'react'
import { cardClass } from '@/lib/annotate/markup'

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
 * choice is remembered, and linkable as `?cards=<locale>`. The cards come as
 * server-rendered HTML from the static cards page of that locale.
 */
export default function CardLanguagePicker({ label, options, pageLocale, cardsPaths }: Props) {
  const [value, setValue] = useState('')

  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search).get('cards') ?? ''
    const initial = fromUrl && options.some((option) => option.value === fromUrl) ? fromUrl : readStored(options)
    if (initial && initial !== pageLocale) {
      setValue(initial)
      void swapCards(cardsPaths[initial])
    }
  }, [options, pageLocale, cardsPaths])

  const choose = (next: string) => {
    setValue(next)
    try {
      localStorage.setItem(storageKey, next)
    } catch {
      // The choice then lasts for this page only.
    }
    const url = new URL(location.href)
    if (next && next !== pageLocale) url.searchParams.set('cards', next)
    else url.searchParams.delete('cards')
    history.replaceState(history.state, '', url)
    void swapCards(cardsPaths[next || pageLocale])
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
  try {
    const stored = localStorage.getItem(storageKey) ?? ''
    return options.some((option) => option.value === stored) ? stored : ''
  } catch {
    return ''
  }
}

/**
 * Gives each card on the page the text of its counterpart on the other
 * language's cards page. The card elements stay, so open and pinned cards stay
 * open and where they are.
 */
async function swapCards(path: string) {
  const response = await fetch(path)
  if (!response.ok) return
  const other = new DOMParser().parseFromString(await response.text(), 'text/html')
  for (const card of other.querySelectorAll<HTMLElement>(`.${cardClass}[id]`)) {
    const current = document.getElementById(card.id)
    if (!current) continue
    const pinned = current.dataset.pinned !== undefined
    current.replaceChildren(...document.importNode(card, true).childNodes)
    for (const name of ['lang', 'dir']) current.setAttribute(name, card.getAttribute(name) ?? '')
    // Print note numbers follow this page's order of first appearance; pin state is this page's.
    const note = current.querySelector('.card-note')
    if (note) note.textContent = current.dataset.note ?? ''
    current.querySelector('[data-pin]')?.setAttribute('aria-pressed', String(pinned))
  }
}
