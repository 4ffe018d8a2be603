/**
 * English candidates from parts of speech (compromise tags each word):
 * names of people, organisations and places; noun phrases and compounds
 * ("margin loan", "market making", and each shorter run inside a longer one);
 * "X of Y" and "X and Y" phrases ("velocity of money", "two and twenty"); and
 * single nouns and adjectives, which the ranking keeps only when rare.
 */
import nlp from 'compromise'
import type { Proposal } from './phrase-index'
import type { Token, Tokens } from './tokens'
import type { Commonness } from './word-frequency'
import { isAcronym } from './word-shapes'

interface CompromiseTerm {
  tags: string[]
  offset: { start: number; length: number }
}

type WordClass = 'name' | 'noun' | 'gerund' | 'adjective' | 'value' | 'verb' | 'other'

/** A noun phrase proposed here is at most this long: longer runs are proposed by their shorter parts. */
const maxNounPhraseWords = 4
const possessive = /'s?$/u
const digit = /\d/u
const capitalised = /^\p{Lu}\p{Ll}/u

export function englishPhrases(tokenized: Tokens, commonness: Commonness): Proposal[] {
  const { tokens } = tokenized
  const classes = wordClasses(tokenized)
  const joined = (index: number) => tokens[index].joint !== 'break'
  const functionWord = (index: number) => tokenized.isFunctionWord(tokens[index].norm)
  const content = (index: number) => !functionWord(index) && classes[index] !== 'other' && classes[index] !== 'verb'
  const nounLike = (index: number) => classes[index] === 'noun' || classes[index] === 'name'
  // Numbers ("2008 crisis", "thousand TEU") and possessives ("seller's job") are not inside noun phrases; acronyms with digits (H100) are.
  const inPhrase = (index: number, last: number) =>
    content(index) &&
    classes[index] !== 'value' &&
    (!digit.test(tokens[index].text) || isAcronym(tokens[index].text)) &&
    (index === last || !possessive.test(tokens[index].norm))
  // Two names side by side are one only in the same style: "CMA CGM", "Jason Calcanis", but not "China H100".
  const sameName = (index: number) => isAcronym(tokens[index].text) === isAcronym(tokens[index - 1].text)
  // A name may lead a noun phrase ("Forbes list") but not follow other words in it ("year VLMs").
  const namesLead = (first: number, last: number) => {
    let index = first
    while (index <= last && classes[index] === 'name' && (index === first || sameName(index))) index++
    for (let rest = index; rest <= last; rest++) if (classes[rest] === 'name') return false
    return true
  }
  const proposals: Proposal[] = []

  for (let index = 0; index < tokens.length; index++) {
    // Words with digits are numbers ("1A", "2020s"), or acronyms, proposed for their shape.
    if (content(index) && !digit.test(tokens[index].text)) proposals.push({ first: index, last: index, signal: 'word' })
  }
  // Names: capitalised runs the tagger calls names, or that are capitalised mid-sentence, or that open a sentence
  // capitalised and everyday English has no such word ("Alibaba said…"); "of" may join them ("Cape of Good Hope").
  const unknownCapitalised = (index: number) => capitalised.test(tokens[index].text) && commonness(tokens[index].text) === 0
  const isName = (index: number) =>
    classes[index] === 'name' || ((tokens[index].capitalizedInside || unknownCapitalised(index)) && !functionWord(index))
  for (let first = 0; first < tokens.length; first++) {
    if (!isName(first)) continue
    let last = first
    while (last + 1 < tokens.length && joined(last + 1)) {
      if (isName(last + 1) && sameName(last + 1)) last++
      else if (tokens[last + 1].norm === 'of' && last + 2 < tokens.length && joined(last + 2) && isName(last + 2)) last += 2
      else break
    }
    proposals.push({ first, last, signal: 'name' })
    first = last
  }
  // Noun phrases: every run of content words inside a longer one that ends in a noun (or a gerund after a common
  // noun: "market making"; after a name, the gerund is what it does: "China parsing").
  for (let first = 0; first < tokens.length; first++) {
    if (!inPhrase(first, first + 1) || classes[first] === 'gerund') continue
    for (let last = first + 1; last < tokens.length && last - first < maxNounPhraseWords; last++) {
      if (!joined(last) || !inPhrase(last, last) || !inPhrase(last - 1, last)) break
      const head = nounLike(last) || (classes[last] === 'gerund' && classes[last - 1] === 'noun')
      if (!head || !namesLead(first, last)) continue
      const compound = tokens.slice(first, last).every((_, offset) => nounLike(first + offset))
      proposals.push({ first, last, signal: compound ? 'compound' : 'noun-phrase' })
    }
  }
  // "X of Y" of one word each ("velocity of money", "crash of 1929", "bill of lading"), and "X and Y" of two numbers ("two and twenty").
  for (let index = 1; index + 1 < tokens.length; index++) {
    const joiner = tokens[index].norm
    const [before, after] = [index - 1, index + 1]
    if ((joiner !== 'of' && joiner !== 'and') || !joined(index) || !joined(after)) continue
    if (
      !content(before) ||
      possessive.test(tokens[before].norm) ||
      !content(after) ||
      (after + 1 < tokens.length && joined(after + 1) && content(after + 1))
    )
      continue
    const ofPhrase = joiner === 'of' && inPhrase(before, before) && nounLike(before) && (nounLike(after) || classes[after] === 'value')
    const numbers = joiner === 'and' && classes[before] === 'value' && classes[after] === 'value'
    if (ofPhrase || numbers) proposals.push({ first: before, last: after, signal: 'of-phrase' })
  }
  return proposals
}

/** Each token's word class, from compromise's tags for the word that starts where the token starts. */
function wordClasses({ tokens, blocks }: Tokens): WordClass[] {
  const tagsAt = new Map<string, string[]>()
  blocks.forEach((block, blockIndex) => {
    for (const sentence of nlp(block.text).json({ offset: true }) as { terms: CompromiseTerm[] }[]) {
      for (const term of sentence.terms) tagsAt.set(`${blockIndex}:${term.offset.start}`, term.tags)
    }
  })
  const tagsOf = (token: Token) => new Set(tagsAt.get(`${token.block}:${token.start}`) ?? [])
  return tokens.map((token, position): WordClass => {
    const tags = tagsOf(token)
    if (isAcronym(token.text)) return 'name'
    if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adverb'))
      return 'other'
    if (tags.has('Person') || tags.has('Organization') || tags.has('Place') || tags.has('ProperNoun')) return 'name'
    if (tags.has('Gerund')) return 'gerund'
    if (tags.has('Value')) return 'value'
    if (tags.has('Noun')) return 'noun'
    if (tags.has('Adjective')) return 'adjective'
    const next = position + 1 < tokens.length && tokens[position + 1].joint === 'space' ? tagsOf(tokens[position + 1]) : new Set<string>()
    // "market making": a verb form right before a gerund is the noun it compounds with.
    if (tags.has('Infinitive') && next.has('Gerund')) return 'noun'
    // "the carried interest", "centrally planned economy": a past participle between a noun's modifiers describes it
    // (after a noun it is the verb: "carriers invoked force majeure").
    const previous = position > 0 && token.joint === 'space' ? tagsOf(tokens[position - 1]) : new Set<string>()
    if (tags.has('PastTense') && next.has('Noun') && !next.has('Pronoun') && !previous.has('Noun')) return 'adjective'
    if (tags.has('Verb')) return 'verb'
    return 'other'
  })
}
