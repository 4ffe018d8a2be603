/** Readers' questions as the `--questions <file>` JSON holds them: `[{ "phrase": "cash burn", "count": 3 }, …]`. */
import { TermsError } from './terms-error'
import type { ReaderQuestion } from './types'

export function parseQuestions(json: string, file: string): ReaderQuestion[] {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    throw new TermsError(`${file}: not JSON (${(error as Error).message}): write an array of { "phrase": "…", "count": N }`)
  }
  if (!Array.isArray(data)) throw new TermsError(`${file}: expected an array of { "phrase": "…", "count": N }`)
  return data.map((item: unknown, index) => {
    const { phrase, count } = (item ?? {}) as Record<string, unknown>
    if (typeof phrase !== 'string' || !phrase.trim() || typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      throw new TermsError(`${file}: item ${index + 1} needs a non-empty "phrase" and a whole "count" of at least 1`)
    return { phrase, count }
  })
}
