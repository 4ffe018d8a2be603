'use client'

import { useState } from 'react'

interface Props {
  label: string
  placeholder: string
  noMatches: string
  /** id of the list whose `[data-filter]` items are filtered. */
  listId: string
}

/** Hides glossary entries that do not contain the typed text; the list itself is server-rendered. */
export default function GlossaryFilter({ label, placeholder, noMatches, listId }: Props) {
  const [empty, setEmpty] = useState(false)

  const filter = (query: string) => {
    const needle = query.trim().toLocaleLowerCase()
    const list = document.getElementById(listId)
    if (!list) return
    let shown = 0
    for (const item of list.querySelectorAll<HTMLElement>('[data-filter]')) {
      const visible = needle === '' || item.dataset.filter!.includes(needle)
      item.hidden = !visible
      if (visible) shown++
    }
    for (const group of list.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = group.querySelector('[data-filter]:not([hidden])') === null
    }
    setEmpty(shown === 0)
  }

  return (
    <div className="filter">
      <label htmlFor={`${listId}-filter`}>{label}</label>
      <input id={`${listId}-filter`} type="search" placeholder={placeholder} autoComplete="off" onChange={(event) => filter(event.target.value)} />
      <p role="status" className={empty ? undefined : 'visually-hidden'}>
        {empty ? noMatches : ''}
      </p>
    </div>
  )
}
