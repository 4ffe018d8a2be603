/**
 * The browser's storage as the reader's pages use it: localStorage for what
 * a reader keeps (settings, saved and known terms, the cards' language),
 * sessionStorage for what lasts a visit (pinned cards, the place kept across
 * a language switch). Reads that give a fallback and writes that fail
 * quietly where there is no storage (private modes, storage blocked).
 * Dependency-free: client leaves import it.
 */

/** Which storage: what the reader keeps, or what lasts this visit. */
export type StorageArea = 'local' | 'session'

// Reading `localStorage` itself throws where storage is blocked.
const areaOf = (area: StorageArea): Storage => (area === 'local' ? localStorage : sessionStorage)

/** The text stored under `key`; undefined when there is none or storage is unavailable. */
export function readText(key: string, area: StorageArea = 'local'): string | undefined {
  try {
    return areaOf(area).getItem(key) ?? undefined
  } catch {
    return undefined
  }
}

/** The JSON value stored under `key`; `fallback` when there is none, it is not JSON, or storage is unavailable. */
export function readJson<T>(key: string, fallback: T, area: StorageArea = 'local'): T {
  const text = readText(key, area)
  if (text === undefined) return fallback
  try {
    return JSON.parse(text) ?? fallback
  } catch {
    return fallback
  }
}

/** The list stored under `key`; empty when there is none, it is not JSON or not a list, or storage is unavailable. */
export function readList<T>(key: string, area: StorageArea = 'local'): T[] {
  const value = readJson<unknown>(key, [], area)
  return Array.isArray(value) ? value : []
}

/** Stores `value` under `key` if the browser lets it: without storage, a choice lasts for this page. */
export function store(key: string, value: string, area: StorageArea = 'local') {
  try {
    areaOf(area).setItem(key, value)
  } catch {
    // Nothing can be kept.
  }
}

/** Removes what is stored under `key`, if the browser lets it. */
export function forget(key: string, area: StorageArea = 'local') {
  try {
    areaOf(area).removeItem(key)
  } catch {
    // Nothing was kept.
  }
}
