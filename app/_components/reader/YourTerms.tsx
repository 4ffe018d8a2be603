'use client'

import { useCallback, useEffect, useState } from 'react'
import { type SavedTerm, savedTerms, unsaveTerms } from '@/lib/reader/saved-terms'
import { knownTerms, setKnown } from '@/lib/reader/settings'
import { type WordListColumnNames, wordListAnkiTsv, wordListCsv } from '@/lib/reader/word-list'
import { announce } from './know-and-save'

interface Props {
  /** Where each term's page is, by id: the known terms are named as the index on this page names them. */
  termPaths: Record<string, { path: string; name: string; lang: string }>
  labels: {
    known: string
    noneKnown: string
    takeBack: string
    takeAllBack: string
    saved: string
    noneSaved: string
    remove: string
    csv: string
    anki: string
    columns: WordListColumnNames
  }
}

/**
 * The reader's own glossary, in its section of the glossary page: the terms they know (each
 * to take back, or all at once) and the terms they saved (to remove, or to
 * take away as CSV or as a file Anki imports). Kept in the browser only;
 * without JavaScript there is nothing to show.
 */
export default function YourTerms({ termPaths, labels }: Props) {
  const [state, setState] = useState<{ known: string[]; saved: SavedTerm[] }>()
  const refresh = useCallback(
    () => setState({ known: [...knownTerms()].filter((id) => id in termPaths), saved: savedTerms() }),
    [termPaths]
  )
  useEffect(refresh, [refresh])
  if (!state) return null

  const download = (text: string, name: string, type: string) => {
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([text], { type }))
    link.download = name
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return (
    <>
      <h3>{labels.known}</h3>
      {state.known.length === 0 ? (
        <p>{labels.noneKnown}</p>
      ) : (
        <>
          <ul className="term-list">
            {state.known.map((id) => (
              <li key={id} lang={termPaths[id].lang}>
                <a href={termPaths[id].path}>{termPaths[id].name}</a>{' '}
                <button
                  type="button"
                  onClick={() => {
                    setKnown([id], false)
                    announce('unknownMessage', termPaths[id].name)
                    refresh()
                  }}
                >
                  {labels.takeBack}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              setKnown(state.known, false)
              announce('unknownMessage', state.known.map((id) => termPaths[id].name).join(', '))
              refresh()
            }}
          >
            {labels.takeAllBack}
          </button>
        </>
      )}
      <h3>{labels.saved}</h3>
      {state.saved.length === 0 ? (
        <p>{labels.noneSaved}</p>
      ) : (
        <>
          <ul className="term-list">
            {state.saved.map((entry) => (
              <li key={entry.id}>
                <a href={entry.link}>{entry.term}</a>
                {entry.reading ? ` (${entry.reading})` : null}{' '}
                <button
                  type="button"
                  onClick={() => {
                    unsaveTerms([entry.id])
                    announce('unsavedMessage', entry.term)
                    refresh()
                  }}
                >
                  {labels.remove}
                </button>
                {entry.sentence ? <p>{entry.sentence}</p> : null}
              </li>
            ))}
          </ul>
          <p className="exports">
            <button type="button" onClick={() => download(wordListCsv(state.saved, labels.columns), 'glossa-terms.csv', 'text/csv')}>
              {labels.csv}
            </button>{' '}
            <button
              type="button"
              onClick={() => download(wordListAnkiTsv(state.saved, labels.columns), 'glossa-terms-anki.txt', 'text/tab-separated-values')}
            >
              {labels.anki}
            </button>
          </p>
        </>
      )}
    </>
  )
}
