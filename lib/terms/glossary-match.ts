/**
 * Candidates against the glossary, by the annotation engine's own matcher:
 * a candidate is a term's when one of the term's forms matches the whole
 * candidate as the pages would match it (case, width, quotes and hyphens
 * ignored; the locale's plural and possessive endings accepted), and a term
 * is reachable in a text only where its forms occur outside link text.
 */
import { createMatcher } from '@/lib/annotate/matcher'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import type { TextBlock } from './text-blocks'
import type { TermForms } from './types'

export interface TermUse {
  /** Occurrences outside links: annotated on the page. */
  inText: number
  /** Occurrences inside link text: never annotated. */
  inLinks: number
}

export interface GlossaryMatch {
  /** The term one of whose forms is the whole phrase, or null. */
  termOf(phrase: string): string | null
  /** Where each term's forms occur in the blocks, by term id. */
  uses(blocks: readonly TextBlock[]): Map<string, TermUse>
}

export function glossaryMatch(terms: readonly TermForms[], locale: Locale): GlossaryMatch {
  const matcher = createMatcher(
    terms.flatMap((term) => [
      ...term.forms.map((form) => ({ form, termId: term.id })),
      ...(term.notMatch ?? []).map((form) => ({ form, termId: term.id, notMatch: true }))
    ]),
    { suffixes: localeInfo[locale].suffixes }
  )
  return {
    termOf(phrase) {
      const text = phrase.trim()
      const matches = matcher.find(text)
      return matches.length === 1 && matches[0].start === 0 && matches[0].end === text.length ? matches[0].termId : null
    },
    uses(blocks) {
      const uses = new Map<string, TermUse>()
      for (const block of blocks) {
        for (const match of matcher.find(block.text)) {
          const use = uses.get(match.termId) ?? { inText: 0, inLinks: 0 }
          const inLink = block.links.some((link) => link.start <= match.start && match.end <= link.end)
          if (inLink) use.inLinks++
          else use.inText++
          uses.set(match.termId, use)
        }
      }
      return uses
    }
  }
}
