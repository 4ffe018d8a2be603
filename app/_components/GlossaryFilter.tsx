'use client'

import { useState } from 'react'

interface Props {
  label: string
  placeholder: string
  noMatches: string
  /** id of the index whose sections and list items are filtered. */
  listId: string
}

/**
 * Hides glossary entries whose text does not contain the typed text, and the
 * sections left empty; the index itself is server-rendered. Each entry's
 * text is read once, on first use.
 */
export default function GlossaryFilter({ label, placeholder, noMatches, listId }: Props) {
  const [empty, setEmpty] = useState(false)
  const [entries, setEntries] = useState<{ item: HTMLElement; text: string }[]>()

  const filter = (query: string) => {
    const list = document.getElementById(listId)
    if (!list) return
    const all =
      entries ?? [...list.querySelectorAll<HTMLElement>('li')].map((item) => ({ item, text: (item.textContent ?? '').toLocaleLowerCase() }))
    setEntries(all)
    const needle = query.trim().toLocaleLowerCase()
    let shown = 0
    for (const { item, text } of all) {
      item.hidden = needle !== '' && !text.includes(needle)
      if (!item.hidden) shown++
    }
    for (const section of list.querySelectorAll<HTMLElement>('section')) {
      section.hidden = section.querySelector('li:not([hidden])') === null
    }
    setEmpty(shown === 0)
  }

  return (
    <div className="filter">
      <label htmlFor={`${listId}-filter`}>{label}</label>
      <input
        id={`${listId}-filter`}
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => filter(event.target.value)}
      />
      <p role="status" className={empty ? undefined : 'visually-hidden'}>
        {empty ? noMatches : ''}
      </p>
    </div>
  )
}
