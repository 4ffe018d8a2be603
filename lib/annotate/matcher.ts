/**
 * A multi-pattern matcher (Aho–Corasick) over normalised text.
 *
 * The automaton is built once for a whole glossary; finding matches is one
 * pass over the text whatever the number of patterns. Matches are
 * leftmost-longest and never overlap, whichever terms the forms belong to. In
 * alphabetic scripts a match must start and end on a word boundary; in Han and
 * kana text any substring matches, which is why a term can list longer words
 * that are not it (`notMatch`: 非上場企業 is not an occurrence of 上場企業).
 * A term right after its own match, in brackets, is a gloss of it and not a
 * second occurrence: "جيسون كالكانيس (Jason Calcanis)" is one match.
 */
import { NormalizedBuffer, normalizeInto, normalizePattern } from './normalize'

export interface MatchPattern {
  /** A surface form as authors write it, e.g. `two and twenty`. */
  form: string
  /** What a match of this form refers to. */
  termId: string
  /**
   * The form is not the term: no match of `termId` inside text this form
   * matches (other terms still match there). Default: false.
   */
  notMatch?: boolean
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
  const suffixes = [...(options.suffixes ?? [])]
    .sort((a, b) => b.length - a.length)
    .map((suffix) => Array.from(suffix, (character) => character.charCodeAt(0)))
  const automaton = buildAutomaton(patterns.filter((pattern) => !pattern.notMatch))
  const exceptions = buildExceptions(patterns.filter((pattern) => pattern.notMatch))
  // Scratch space reused by every call: normalising allocates nothing per text.
  const buffer = new NormalizedBuffer()

  return {
    size: automaton.patternTermIds.length,
    find(text) {
      normalizeInto(text, buffer)
      let candidates = collectCandidates(automaton, buffer, suffixes)
      if (candidates.length === 0) return []
      if (exceptions)
        candidates = withoutExceptions(candidates, automaton, exceptions, collectCandidates(exceptions.automaton, buffer, suffixes))
      return withoutGlosses(selectLeftmostLongest(candidates), automaton, buffer).map(({ start, end, pattern }) => ({
        start: buffer.starts[start],
        end: buffer.ends[end - 1],
        termId: automaton.patternTermIds[pattern]
      }))
    }
  }
}

interface Exceptions {
  /** Its patterns' "term ids" are the normalised forms themselves, keys of `termsOf`. */
  automaton: Automaton
  /** The terms each exception is not. */
  termsOf: Map<string, Set<string>>
}

function buildExceptions(patterns: readonly MatchPattern[]): Exceptions | undefined {
  if (patterns.length === 0) return undefined
  const termsOf = new Map<string, Set<string>>()
  for (const { form, termId } of patterns) {
    const normalized = normalizePattern(form)
    termsOf.set(normalized, (termsOf.get(normalized) ?? new Set()).add(termId))
  }
  return { automaton: buildAutomaton([...termsOf.keys()].map((normalized) => ({ form: normalized, termId: normalized }))), termsOf }
}

/** Candidates that do not lie inside an exception of their own term. */
function withoutExceptions(candidates: Candidate[], automaton: Automaton, exceptions: Exceptions, found: Candidate[]): Candidate[] {
  if (found.length === 0) return candidates
  return candidates.filter((candidate) => {
    const termId = automaton.patternTermIds[candidate.pattern]
    return !found.some(
      (exception) =>
        exception.start <= candidate.start &&
        candidate.end <= exception.end &&
        exceptions.termsOf.get(exceptions.automaton.patternTermIds[exception.pattern])?.has(termId)
    )
  })
}

const openingBracket = '('.charCodeAt(0)
const closingBracket = ')'.charCodeAt(0)
const space = ' '.charCodeAt(0)

/**
 * Selected matches without those that gloss the match before them: the same
 * term, alone in brackets right after it (full-width brackets are normalised
 * to these).
 */
function withoutGlosses(selected: Candidate[], automaton: Automaton, buffer: NormalizedBuffer): Candidate[] {
  const { codes, length } = buffer
  // The buffer is reused: nothing at or past `length` belongs to this text.
  const at = (index: number) => (index < length ? codes[index] : -1)
  const skipSpace = (index: number) => (at(index) === space ? index + 1 : index)
  const kept: Candidate[] = []
  for (const candidate of selected) {
    const previous = kept.at(-1)
    const opening = previous ? skipSpace(previous.end) : -1
    const isGloss =
      previous !== undefined &&
      automaton.patternTermIds[previous.pattern] === automaton.patternTermIds[candidate.pattern] &&
      at(opening) === openingBracket &&
      skipSpace(opening + 1) === candidate.start &&
      at(skipSpace(candidate.end)) === closingBracket
    if (!isGloss) kept.push(candidate)
  }
  return kept
}

interface Automaton {
  /** Transitions of each node, keyed by UTF-16 code unit. */
  next: Map<number, number>[]
  /** Dense transitions out of the root for every UTF-16 code unit (0 for none): the root is the busiest state. */
  rootNext: Int32Array
  /**
   * Most trie nodes have at most one child: its code unit (-1 for none) and
   * node, read before falling back to the Map of a branching node.
   */
  onlyCode: Int32Array
  onlyChild: Int32Array
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

  const rootNext = new Int32Array(0x10000)
  for (const [code, child] of next[0]) rootNext[code] = child
  const onlyCode = new Int32Array(next.length).fill(-1)
  const onlyChild = new Int32Array(next.length)
  next.forEach((children, node) => {
    if (children.size !== 1) return
    const [[code, child]] = children
    onlyCode[node] = code
    onlyChild[node] = child
  })

  return { next, rootNext, onlyCode, onlyChild, fail, patternAt, outputLink, patternLengths, patternTermIds }
}

function collectCandidates(automaton: Automaton, buffer: NormalizedBuffer, suffixes: readonly number[][]): Candidate[] {
  const { next, rootNext, onlyCode, onlyChild, fail, patternAt, outputLink, patternLengths } = automaton
  const { codes, length } = buffer
  const candidates: Candidate[] = []
  let state = 0
  for (let index = 0; index < length; index++) {
    const code = codes[index]
    let target = -1
    for (;;) {
      if (state === 0) target = rootNext[code] || -1
      else if (onlyCode[state] === code) target = onlyChild[state]
      else if (onlyCode[state] === -1 && next[state].size > 1) target = next[state].get(code) ?? -1
      if (target !== -1 || state === 0) break
      state = fail[state]
    }
    state = target === -1 ? 0 : target
    for (let node = patternAt[state] !== -1 ? state : outputLink[state]; node !== -1; node = outputLink[node]) {
      const pattern = patternAt[node]
      const start = index + 1 - patternLengths[pattern]
      const end = extendAtBoundary(codes, length, start, index + 1, suffixes)
      if (end !== -1) candidates.push({ start, end, pattern })
    }
  }
  return candidates
}

/** The end of a match that starts and ends on word boundaries, or -1. */
function extendAtBoundary(codes: Uint16Array, length: number, start: number, end: number, suffixes: readonly number[][]): number {
  if (isWordAt(codes, length, start) && isWordAt(codes, length, start - 1)) return -1
  if (!isWordAt(codes, length, end - 1)) return end
  for (const suffix of suffixes) {
    if (hasAt(codes, length, suffix, end) && !isWordAt(codes, length, end + suffix.length)) return end + suffix.length
  }
  return isWordAt(codes, length, end) ? -1 : end
}

function hasAt(codes: Uint16Array, length: number, expected: readonly number[], at: number): boolean {
  if (at + expected.length > length) return false
  for (let index = 0; index < expected.length; index++) if (codes[at + index] !== expected[index]) return false
  return true
}

const spacedScriptWord = /[\p{L}\p{N}\p{M}]/u
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]/u

/** Whether the code unit at `index` belongs to a word of a script written with spaces. */
function isWordAt(codes: Uint16Array, length: number, index: number): boolean {
  if (index < 0 || index >= length) return false
  const code = codes[index]
  // Normalised text is lowercase: ASCII words are digits and a-z.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122)
  const character = characterAt(codes, length, index)
  return spacedScriptWord.test(character) && !unspacedScript.test(character)
}

/** The whole code point at `index`, also when `index` points at a low surrogate. */
function characterAt(codes: Uint16Array, length: number, index: number): string {
  const code = codes[index]
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return String.fromCharCode(codes[index - 1], code)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) return String.fromCharCode(code, codes[index + 1])
  return String.fromCharCode(code)
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
