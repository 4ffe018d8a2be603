/**
 * The browser's localStorage as the reader's glossary uses it: a list read
 * as a list or as nothing, and writes that fail quietly where there is no
 * storage (private modes, storage blocked). Dependency-free: client leaves import it.
 */

/** The list stored under `key`; empty when there is none, it is not JSON or not a list, or storage is unavailable. */
export function readList<T>(key: string): T[] {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(value) ? value : []
  } catch {
    return []
  }
}

/** Stores `value` under `key` if the browser lets it: without storage, a choice lasts for this page. */
export function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Nothing can be kept.
  }
}
