/**
 * A multi-pattern matcher (Aho–Corasick) over normalised text.
 *
 * The automaton is built once for a whole glossary; finding matches is one
 * pass over the text whatever the number of patterns. Matches are
 * leftmost-longest and never overlap. In alphabetic scripts a match must
 * start and end on a word boundary; in Han and kana text any substring
 * matches.
 */
import { normalizePattern, normalizeText } from './normalize'

export interface MatchPattern {
  /** A surface form as authors write it, e.g. `two and twenty`. */
  form: string
  /** What a match of this form refers to. */
  termId: string
}

export interface MatcherOptions {
  /**
   * Endings that may follow a form ending in a letter, already in normalised
   * spelling (e.g. `["s", "es", "'s"]` for English plurals and possessives).
   * The longest one that ends on a word boundary is included in the match.
   * Default: none.
   */
  suffixes?: readonly string[]
}

export interface Match {
  /** Start offset in the original text (UTF-16 units). */
  start: number
  /** End offset (exclusive) in the original text. */
  end: number
  termId: string
}

export interface Matcher {
  /** Leftmost-longest, non-overlapping matches in `text`, in order. */
  find(text: string): Match[]
  /** Number of distinct normalised patterns in the automaton. */
  readonly size: number
}

interface Candidate {
  start: number
  end: number
  pattern: number
}

export function createMatcher(patterns: readonly MatchPattern[], options: MatcherOptions = {}): Matcher {
  const suffixes = [...(options.suffixes ?? [])].sort((a, b) => b.length - a.length)
  const automaton = buildAutomaton(patterns)

  return {
    size: automaton.patternTermIds.length,
    find(text) {
      const normalized = normalizeText(text)
      const candidates = collectCandidates(automaton, normalized.text, suffixes)
      return selectLeftmostLongest(candidates).map(({ start, end, pattern }) => ({
        start: normalized.starts[start],
        end: normalized.ends[end - 1],
        termId: automaton.patternTermIds[pattern]
      }))
    }
  }
}

interface Automaton {
  /** Transitions of each node, keyed by UTF-16 code unit. */
  next: Map<number, number>[]
  /** Dense transitions out of the root for ASCII, the common case. */
  rootAscii: Int32Array
  fail: Int32Array
  /** Pattern ending at each node, or -1. */
  patternAt: Int32Array
  /** Nearest node on the fail chain that ends a pattern, or -1. */
  outputLink: Int32Array
  patternLengths: number[]
  patternTermIds: string[]
}

function buildAutomaton(patterns: readonly MatchPattern[]): Automaton {
  const next: Map<number, number>[] = [new Map()]
  const patternAtList: number[] = [-1]
  const patternLengths: number[] = []
  const patternTermIds: string[] = []

  for (const { form, termId } of patterns) {
    const normalized = normalizePattern(form)
    if (normalized === '') continue
    let node = 0
    for (let index = 0; index < normalized.length; index++) {
      const code = normalized.charCodeAt(index)
      let child = next[node].get(code)
      if (child === undefined) {
        child = next.length
        next.push(new Map())
        patternAtList.push(-1)
        next[node].set(code, child)
      }
      node = child
    }
    // The first form claiming a spelling keeps it; the content check reports clashes.
    if (patternAtList[node] === -1) {
      patternAtList[node] = patternLengths.length
      patternLengths.push(normalized.length)
      patternTermIds.push(termId)
    }
  }

  const fail = new Int32Array(next.length)
  const outputLink = new Int32Array(next.length).fill(-1)
  const patternAt = Int32Array.from(patternAtList)
  const queue: number[] = []
  for (const child of next[0].values()) queue.push(child)
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]
    for (const [code, child] of next[node]) {
      let state = fail[node]
      while (state !== 0 && !next[state].has(code)) state = fail[state]
      const target = next[state].get(code)
      fail[child] = target !== undefined && target !== child ? target : 0
      outputLink[child] = patternAt[fail[child]] !== -1 ? fail[child] : outputLink[fail[child]]
      queue.push(child)
    }
  }

  const rootAscii = new Int32Array(128)
  for (const [code, child] of next[0]) if (code < 128) rootAscii[code] = child

  return { next, rootAscii, fail, patternAt, outputLink, patternLengths, patternTermIds }
}

function collectCandidates(automaton: Automaton, text: string, suffixes: readonly string[]): Candidate[] {
  const { next, rootAscii, fail, patternAt, outputLink, patternLengths } = automaton
  const candidates: Candidate[] = []
  let state = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let target: number | undefined
    for (;;) {
      target = state === 0 && code < 128 ? rootAscii[code] || undefined : next[state].get(code)
      if (target !== undefined || state === 0) break
      state = fail[state]
    }
    state = target ?? 0
    for (let node = patternAt[state] !== -1 ? state : outputLink[state]; node !== -1; node = outputLink[node]) {
      const pattern = patternAt[node]
      const start = index + 1 - patternLengths[pattern]
      const end = extendAtBoundary(text, start, index + 1, suffixes)
      if (end !== -1) candidates.push({ start, end, pattern })
    }
  }
  return candidates
}

/** The end of a match that starts and ends on word boundaries, or -1. */
function extendAtBoundary(text: string, start: number, end: number, suffixes: readonly string[]): number {
  if (isWordAt(text, start) && isWordAt(text, start - 1)) return -1
  if (!isWordAt(text, end - 1)) return end
  for (const suffix of suffixes) {
    if (text.startsWith(suffix, end) && !isWordAt(text, end + suffix.length)) return end + suffix.length
  }
  return isWordAt(text, end) ? -1 : end
}

const spacedScriptWord = /[\p{L}\p{N}\p{M}]/u
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]/u

/** Whether the character at `index` belongs to a word of a script written with spaces. */
function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  const character = charAt(text, index)
  return spacedScriptWord.test(character) && !unspacedScript.test(character)
}

/** The whole code point at `index`, also when `index` points at a low surrogate. */
function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index)
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return text.slice(index - 1, index + 1)
  if (code >= 0xd800 && code <= 0xdbff) return text.slice(index, index + 2)
  return text[index]
}

function selectLeftmostLongest(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const selected: Candidate[] = []
  let covered = 0
  for (const candidate of candidates) {
    if (candidate.start < covered) continue
    selected.push(candidate)
    covered = candidate.end
  }
  return selected
}
