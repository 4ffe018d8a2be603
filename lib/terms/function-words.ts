/**
 * Words that carry grammar rather than meaning: a phrase never starts or ends
 * with one ("of" and "and" may sit inside: "velocity of money"). English has
 * a list; in other languages they are the text's own most frequent short words.
 */
const english = new Set(
  `a an the this that these those some any each every no all both either neither such what which who whom whose
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones
  of and or nor but so yet if then than as at by for from in into on onto to with within without about above
  below over under between among through during before after since until upon via per against toward towards
  is are was were be been being am do does did done have has had having will would shall should can could may
  might must not also very too just only even still really quite rather more most less least much many few
  here there where when why how ie eg etc i've it's don't doesn't didn't can't won't isn't aren't wasn't i'm
  there's here's that's let's they're we're you're he's she's what's who's is'nt ok yes oh
  out up down off again ever never always often sometimes already almost perhaps maybe however therefore thus
  because while although though whether unless like unlike instead else other another own same`.split(/\s+/)
)

/** Contractions: "couldn't", "we'll", "they've". */
const contraction = /(?:n't|'ll|'re|'ve|'d|'m)$/u

export type FunctionWords = (norm: string) => boolean

/** How many of a text's most frequent short words are taken as its function words, outside English. */
const frequentShortWords = 40

/** @param words the text's words, as written and normalised */
export function functionWordsOf(words: readonly { text: string; norm: string }[], locale: string): FunctionWords {
  if (locale === 'en') return (norm) => english.has(norm) || contraction.test(norm)
  const counts = new Map<string, number>()
  for (const { text, norm } of words) {
    // Acronyms ("KI", "VC") are short and frequent too.
    if ([...norm].length <= 4 && !/^\p{Lu}{2}/u.test(text)) counts.set(norm, (counts.get(norm) ?? 0) + 1)
  }
  const frequent = new Set(
    [...counts.entries()]
      .filter(([, count]) => count >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, frequentShortWords)
      .map(([word]) => word)
  )
  return (norm) => frequent.has(norm)
}
