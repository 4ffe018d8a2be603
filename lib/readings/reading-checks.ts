/**
 * What `npm run check:content` says about the authors' readings: warnings,
 * never corrections (the page shows the authors' reading as written).
 *
 * - A Chinese `romanization` whose syllables are not as many as the Han
 *   characters of `original` is shown over the whole phrase, not character by
 *   character; a syllable that is not a reading pinyin-pro knows for its
 *   character (with any tone, or none: tone sandhi and neutral tones vary) is
 *   worth a second look.
 * - A Japanese `reading` (kana only: the loader checks that) whose kana do not
 *   fit the term's own kana is shown over the whole term; one over a term
 *   without kanji, or over a term no annotation shows (it is not one of its
 *   `match` forms), is never needed or never seen.
 *
 * Uses pinyin-pro, a development dependency: this module is for the content
 * check only, never for pages.
 */
import { pinyin } from 'pinyin-pro'
import type { ContentProblem } from '@/lib/content/problems'
import type { Content, Term, TermEntry } from '@/lib/content/types'
import { isKana } from '@/lib/i18n/kana'
import { primaryLanguage } from '@/lib/i18n/language-tag'
import { hanCharacters, pinyinSyllables, rubyAlignment } from './ruby-alignment'

export function checkReadings(content: Content): ContentProblem[] {
  return [...content.terms.values()].flatMap((term) => [
    ...checkRomanization(term),
    ...Object.values(term.entries).flatMap((entry) => (entry.reading ? checkKanaReading(entry, entry.reading) : []))
  ])
}

function checkRomanization({ meta, folder }: Term): ContentProblem[] {
  const { original, romanization, lang } = meta
  if (!original || !romanization || !lang || primaryLanguage(lang) !== 'zh') return []
  const file = meta.file ?? folder
  const syllables = pinyinSyllables(romanization)
  const characters = hanCharacters(original)
  if (characters.length === 0) return []
  if (syllables.length !== characters.length) {
    return [
      {
        file,
        message: `romanization: ${syllables.length} syllable(s) for the ${characters.length} Han character(s) of original "${original}", so readers see it over the whole phrase: write one syllable per character, separated by spaces or apostrophes (e.g. "zhēng yī zhī yǎn")`
      }
    ]
  }
  const inContext = pinyin(characters.join(''), { type: 'array' })
  return characters.flatMap((character, index) => {
    const known = knownReadings(character, inContext[index])
    const syllable = syllables[index].toLowerCase()
    if (known.size === 0 || known.has(syllable)) return []
    return [
      {
        file,
        message: `romanization: "${syllables[index]}" is not a reading of ${character} that pinyin-pro knows (${[...known].join(', ')}): check it; readers see it as written`
      }
    ]
  })
}

/** The pinyin of a character: every reading, with tone marks and without (neutral tone), and the one it has in its phrase (tone sandhi). */
function knownReadings(character: string, inContext: string | undefined): Set<string> {
  const withTones = pinyin(character, { multiple: true, type: 'array' })
  const readings = [
    ...withTones,
    ...pinyin(character, { multiple: true, type: 'array', toneType: 'none' }),
    ...(inContext ? [inContext] : [])
  ]
  // pinyin-pro returns a character it has no reading for as it is.
  return new Set(readings.filter((reading) => /\p{Script=Latin}/u.test(reading)).map((reading) => reading.normalize('NFC').toLowerCase()))
}

function checkKanaReading(entry: TermEntry, reading: string): ContentProblem[] {
  const { file, term } = entry
  if (hanCharacters(term).length === 0) {
    return [{ file, message: `reading: the term "${term}" has no kanji, so it needs no reading: remove it` }]
  }
  const problems: ContentProblem[] = []
  // A term with kana splits into its kanji runs and its kana whenever the reading fits it.
  if ([...term].some(isKana) && rubyAlignment(term, reading, 'ja').length === 1) {
    problems.push({
      file,
      message: `reading: "${reading}" cannot be split over the kanji of "${term}" (its kana must appear in the reading as in the term, and each run of kanji needs its own kana), so readers see it over the whole term: check that it spells the term's kana as written`
    })
  }
  if (!entry.match.includes(term)) {
    problems.push({
      file,
      message: `reading: is shown over the term "${term}" where it is annotated as written, but it is not one of its match forms, so no reader sees it: add "${term}" to match, or remove the reading`
    })
  }
  return problems
}
