/**
 * The term finder: an essay's text in, its ranked candidates out. Loading the
 * word list and the spelling dictionary takes a moment, so a finder is made
 * once and then asked about as many texts as needed.
 */
import type { Locale } from '@/lib/i18n/locales'
import { isDefinedAt } from './defined-phrases'
import { englishPhrases } from './english-phrases'
import { cohesion, repeatedPhrases } from './fixed-phrases'
import { glossaryMatch } from './glossary-match'
import { markedSpans } from './marked-spans'
import { cutsHyphenatedWord, indexPhrases, maxPhraseWords, type Occurrence, type Proposal, phraseKey } from './phrase-index'
import { enclosedPenalty, minimumScore, score } from './rank'
import { textBlocks } from './text-blocks'
import { spanText, type Tokens, tokenize } from './tokens'
import type { Candidate, FinderInput, Signal } from './types'
import { loadTypoHint, type TypoHint } from './typo-hint'
import { type Commonness, familyCommonness, loadCommonness } from './word-frequency'
import { wordShapes } from './word-shapes'

export interface TermFinder {
  /** Ranked candidates, best first. */
  suggest(input: FinderInput): Candidate[]
}

/** Commonness (log10 of a SUBTLEX-US count) from which a word is everyday English (rarity 0), and below which it is rare (rarity 1). */
const everyday = 4
const rare = 1
/** Commonness from which a word beside a covered phrase adds nothing a reader needs explained ("cards" in "H100 cards"): halfway. */
const familiar = (everyday + rare) / 2

export function createTermFinder(): TermFinder {
  const commonness = loadCommonness()
  const typoHint = loadTypoHint(commonness)
  return { suggest: (input) => suggest(input, commonness, typoHint) }
}

interface Draft {
  key: string
  signals: Set<Signal>
  occurrences: Occurrence[]
  askedBy: number
  /** For a question about a phrase the text does not contain: the words the reader typed. */
  askedPhrase?: string
}

function suggest(input: FinderInput, commonness: Commonness, typoHint: TypoHint): Candidate[] {
  const { locale } = input
  const tokenized = tokenize(textBlocks(input.markdown), locale)
  const { tokens } = tokenized
  const index = indexPhrases(tokenized, locale)
  const proposals: Proposal[] = [
    ...wordShapes(tokenized, locale),
    ...markedSpans(tokenized),
    ...(locale === 'en' ? englishPhrases(tokenized, commonness) : []),
    ...repeatedPhrases(tokenized, index),
    // Misspelt words, whatever the tagger made of them, so that the author sees the hint.
    ...(locale === 'en'
      ? tokens.flatMap((token, position) => (typoHint(token.text) ? [{ first: position, last: position, signal: 'word' as const }] : []))
      : [])
  ]
  const drafts = new Map<string, Draft>()
  const draftOf = (key: string, occurrences: Occurrence[]) => {
    let draft = drafts.get(key)
    if (!draft) {
      draft = { key, signals: new Set(), occurrences, askedBy: 0 }
      drafts.set(key, draft)
    }
    return draft
  }
  for (const { first, last, signal } of proposals) {
    if (cutsHyphenatedWord(tokens, first, last)) continue
    const key = phraseKey(tokens, first, last, locale)
    draftOf(key, index.get(key) ?? [{ first, last }]).signals.add(signal)
  }
  for (const question of input.questions ?? []) {
    const asked = tokenize([{ text: question.phrase, links: [], emphasis: [] }], locale).tokens
    if (asked.length === 0) continue
    const key = phraseKey(asked, 0, asked.length - 1, locale)
    const draft = draftOf(key, index.get(key) ?? [])
    draft.signals.add('asked')
    draft.askedBy += question.count
    if (draft.occurrences.length === 0) draft.askedPhrase ??= question.phrase
  }

  // Where a proposed phrase occurs whole (not as part of a longer run of words) says more about it:
  // in a heading, or where the text defines it.
  for (const draft of drafts.values()) {
    const whole = draft.occurrences.filter((occurrence) => standsAlone(tokenized, occurrence))
    if (whole.some(({ first }) => tokenized.blocks[tokens[first].block].heading)) draft.signals.add('heading')
    if (locale === 'en' && whole.some((occurrence) => isDefinedAt(tokenized, occurrence))) draft.signals.add('defined')
  }
  const wordCounts = new Map<string, number>()
  for (const token of tokens) wordCounts.set(token.norm, (wordCounts.get(token.norm) ?? 0) + 1)
  const glossary = glossaryMatch(input.terms, locale)
  const uses = glossary.uses(tokenized.blocks)
  const scored = [...drafts.values()].flatMap((draft) => {
    const candidate = toCandidate(draft, tokenized, { commonness, typoHint, wordCounts, locale })
    if (!candidate) return []
    const termId = glossary.termOf(candidate.phrase) ?? candidate.forms.map((form) => glossary.termOf(form)).find(Boolean) ?? null
    const use = termId ? uses.get(termId) : undefined
    candidate.covered = { termId, onlyInLinkText: use !== undefined && use.inText === 0 && use.inLinks > 0 }
    // A typo stays in the list, low, so that the author sees the hint.
    const keep = candidate.score >= minimumScore || candidate.typoOf || draft.key.includes(' ')
    return keep ? [{ candidate, draft }] : []
  })
  const ranked = lowerReachable(lowerEnclosed(scored), tokenized, commonness).sort(
    (a, b) => b.candidate.score - a.candidate.score || firstOf(a.draft) - firstOf(b.draft)
  )
  return onePerTerm(ranked, tokenized).map(({ candidate }) => candidate)
}

/**
 * Candidates a term already covers are one line per term, at the rank of the
 * best ("GDP" and "GDP growth" under gdp-growth): their forms, sentences and
 * occurrences (each counted once) go to it.
 */
function onePerTerm<T extends { candidate: Candidate; draft: Draft }>(ranked: T[], tokenized: Tokens): T[] {
  const byTerm = new Map<string, T>()
  return ranked.filter((item) => {
    const termId = item.candidate.covered.termId
    const first = termId ? byTerm.get(termId) : undefined
    if (!termId || !first) {
      if (termId) byTerm.set(termId, item)
      return true
    }
    const { candidate, draft } = first
    for (const form of item.candidate.forms) if (!candidate.forms.includes(form)) candidate.forms.push(form)
    for (const occurrence of item.draft.occurrences) {
      if (!draft.occurrences.some((other) => other.first <= occurrence.last && occurrence.first <= other.last))
        draft.occurrences.push(occurrence)
    }
    draft.occurrences.sort((a, b) => a.first - b.first)
    candidate.count = draft.occurrences.length
    candidate.sentences = [...new Set(draft.occurrences.map(({ first }) => tokenized.sentences[tokenized.tokens[first].sentence]))]
    candidate.sentence = candidate.sentences[0] ?? ''
    return false
  })
}

interface Context {
  commonness: Commonness
  typoHint: TypoHint
  wordCounts: ReadonlyMap<string, number>
  locale: Locale
}

function toCandidate(draft: Draft, tokenized: Tokens, { commonness, typoHint, wordCounts, locale }: Context): Candidate | undefined {
  const { tokens, sentences } = tokenized
  const formCounts = new Map<string, number>()
  for (const { first, last } of draft.occurrences) {
    const form = spanText(tokenized, first, last)
    if (form) formCounts.set(form, (formCounts.get(form) ?? 0) + 1)
  }
  const forms = draft.askedPhrase ? [draft.askedPhrase] : [...formCounts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form)
  if (forms.length === 0) return undefined
  const sample = draft.occurrences[0]
  const words = sample ? tokens.slice(sample.first, sample.last + 1).map((token) => token.norm) : draft.key.split(' ')
  const content = words.filter((word) => !tokenized.isFunctionWord(word) && /\p{L}/u.test(word))
  if (content.length === 0) return undefined
  const rarity = locale === 'en' ? Math.max(...content.map((word) => rarityOf(commonness(word.replace(/'s?$/u, ''))))) : 0.5
  const typoOf = words.length === 1 ? typoHint(forms[0]) : undefined
  const count = draft.occurrences.length
  const seen = [...new Set(draft.occurrences.map(({ first }) => sentences[tokens[first].sentence]))]
  return {
    phrase: forms[0],
    forms,
    count,
    sentence: seen[0] ?? '',
    sentences: seen,
    signals: [...draft.signals],
    score: score({
      signals: draft.signals,
      words: words.length,
      count,
      rarity,
      cohesion: cohesion(words, count, wordCounts, tokenized.isFunctionWord),
      askedBy: draft.askedBy,
      typo: typoOf !== undefined
    }),
    covered: { termId: null, onlyInLinkText: false },
    ...(typoOf ? { typoOf } : {}),
    askedBy: draft.askedBy
  }
}

/** Whether the words just before and after an occurrence are not part of the same run ("steaming" in "Slow steaming" is). */
function standsAlone({ tokens, isFunctionWord }: Tokens, { first, last }: Occurrence): boolean {
  const outside = (index: number) => isFunctionWord(tokens[index].norm) && tokens[index].norm !== 'of' && tokens[index].norm !== 'and'
  const before = tokens[first].joint === 'break' || outside(first - 1)
  const after = last + 1 >= tokens.length || tokens[last + 1].joint === 'break' || outside(last + 1)
  return before && after
}

/**
 * Lowers a candidate the glossary already lets the reader reach: one that
 * never occurs outside a covered phrase ("Forbes" inside "Forbes list"), and
 * one that is a covered phrase with everyday words around it ("H100 cards").
 */
function lowerReachable<T extends { candidate: Candidate; draft: Draft }>(scored: T[], { tokens }: Tokens, commonness: Commonness): T[] {
  const familiarity = familyCommonness(commonness)
  const covered = scored.filter((item) => item.candidate.covered.termId).flatMap((item) => item.draft.occurrences)
  const inside = (outer: Occurrence, inner: Occurrence) =>
    outer.first <= inner.first && inner.last <= outer.last && (outer.first !== inner.first || outer.last !== inner.last)
  const familiarWords = (from: number, to: number) => tokens.slice(from, to).every((token) => familiarity(token.norm) >= familiar)
  const everydayBeside = (occurrence: Occurrence, term: Occurrence) =>
    familiarWords(occurrence.first, term.first) && familiarWords(term.last + 1, occurrence.last + 1)
  for (const { candidate, draft } of scored) {
    if (candidate.covered.termId || draft.occurrences.length === 0) continue
    const within = draft.occurrences.every((occurrence) => covered.some((term) => inside(term, occurrence)))
    const around = draft.occurrences.every((occurrence) =>
      covered.some((term) => inside(occurrence, term) && everydayBeside(occurrence, term))
    )
    if (within || around) candidate.score -= enclosedPenalty
  }
  return scored
}

const rarityOf = (commonness: number) => Math.min(1, Math.max(0, (everyday - commonness) / (everyday - rare)))

const firstOf = (draft: Draft) => draft.occurrences[0]?.first ?? Number.MAX_SAFE_INTEGER

/**
 * Lowers a candidate that never occurs except inside longer candidates
 * ("Calcanis" inside "Jason Calcanis"): the longer one stands for it, but it
 * stays in the list.
 */
function lowerEnclosed<T extends { candidate: Candidate; draft: Draft }>(scored: T[]): T[] {
  const bySpan = new Map<string, T>()
  for (const item of scored) for (const { first, last } of item.draft.occurrences) if (last > first) bySpan.set(`${first}:${last}`, item)
  const enclosed = (item: T, { first, last }: Occurrence) => {
    for (let start = Math.max(0, last - maxPhraseWords + 1); start <= first; start++) {
      for (let end = last; end < start + maxPhraseWords; end++) {
        const other = bySpan.get(`${start}:${end}`)
        if (other && other !== item && (start !== first || end !== last)) return true
      }
    }
    return false
  }
  const lowered = scored.filter(
    (item) => item.draft.occurrences.length > 0 && item.draft.occurrences.every((occurrence) => enclosed(item, occurrence))
  )
  for (const item of lowered) item.candidate.score -= enclosedPenalty
  return scored
}
