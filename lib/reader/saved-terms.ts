/**
 * The reader's saved terms: a list kept in the browser (localStorage) with
 * what the reader will take away (term, reading, meaning in their language,
 * the sentence they saved it from, its link: lib/reader/word-list.ts turns
 * it into CSV or an Anki file). Dependency-free: client leaves import it.
 */
import { readList, store } from './storage'
import type { WordListRow } from './word-list'

export interface SavedTerm extends WordListRow {
  id: string
  /** When it was saved (ISO 8601), for the list's order. */
  savedAt: string
}

const storageKey = 'saved-terms'

export function savedTerms(): SavedTerm[] {
  return readList<SavedTerm>(storageKey).filter((entry) => typeof entry?.id === 'string' && typeof entry?.term === 'string')
}

export function isSaved(termId: string): boolean {
  return savedTerms().some((entry) => entry.id === termId)
}

/** Saves a term, replacing what was saved of it before. */
export function saveTerm(entry: SavedTerm) {
  write([...savedTerms().filter((saved) => saved.id !== entry.id), entry])
}

export function unsaveTerms(termIds: Iterable<string>) {
  const removed = new Set(termIds)
  write(savedTerms().filter((saved) => !removed.has(saved.id)))
}

function write(entries: SavedTerm[]) {
  store(storageKey, JSON.stringify(entries))
}
