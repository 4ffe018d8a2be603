import { describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/problems'
import { checkReadings } from '@/lib/readings/reading-checks'
import { loadFolder, markdown } from './support/content-folder'

const entry = (term: string, extra: Record<string, unknown> = {}) => markdown({ term, summary: 'A summary.', ...extra })

/** The warnings for a folder with one foreign phrase (meta.yaml as given) and the Japanese entries given. */
function warnings(meta: string | null, japanese: Record<string, string> = {}): string[] {
  const files: Record<string, string | null> = { 'glossary/phrase/en.md': entry('a phrase'), 'glossary/phrase/meta.yaml': meta }
  for (const [id, text] of Object.entries(japanese)) {
    files[`glossary/${id}/en.md`] = entry(id)
    files[`glossary/${id}/ja.md`] = text
  }
  return checkReadings(loadFolder(files)).map(formatProblem)
}

const phrase = (original: string, romanization: string) => `lang: zh-Hans\noriginal: ${original}\nromanization: "${romanization}"\n`

describe('checkReadings: Chinese romanizations', () => {
  it('accepts one known syllable per Han character, tone sandhi and neutral tones included', () => {
    expect(warnings(phrase('睁一只眼闭一只眼', 'zhēng yī zhī yǎn, bì yī zhī yǎn'))).toEqual([])
    // 一 before a fourth tone is read yí; 不 likewise bú; 西 in 东西 is neutral.
    expect(warnings(phrase('一个', 'yí gè'))).toEqual([])
    expect(warnings(phrase('东西', 'dōng xi'))).toEqual([])
    expect(warnings(phrase('西安', "Xī'ān"))).toEqual([])
  })

  it('warns when the syllables are not as many as the Han characters, naming the file and the fix', () => {
    expect(warnings(phrase('深圳', 'Shēnzhèn'))).toEqual([
      'site/glossary/phrase/meta.yaml: romanization: 1 syllable(s) for the 2 Han character(s) of original "深圳", so readers see it over the whole phrase: write one syllable per character, separated by spaces or apostrophes (e.g. "zhēng yī zhī yǎn")'
    ])
  })

  it('warns about a syllable that is not a reading of its character, without changing it', () => {
    expect(warnings(phrase('睁一只眼', 'zhēng yī zhī yān'))).toEqual([
      'site/glossary/phrase/meta.yaml: romanization: "yān" is not a reading of 眼 that pinyin-pro knows (yǎn, yan): check it; readers see it as written'
    ])
    expect(warnings(phrase('深圳', 'shēn chuān'))).toHaveLength(1)
  })

  it('says nothing about phrases of other languages, or without a romanization', () => {
    expect(warnings('lang: ja\noriginal: 深圳\nromanization: Shinsen\n')).toEqual([])
    expect(warnings('lang: zh-Hans\noriginal: 深圳\n')).toEqual([])
    expect(warnings(null)).toEqual([])
  })
})

describe('checkReadings: Japanese readings', () => {
  it('accepts a reading that fits the term’s kana', () => {
    expect(
      warnings(null, {
        'priced-in': entry('織り込み済み', { reading: 'おりこみずみ' }),
        liquidity: entry('流動性', { reading: 'りゅうどうせい' })
      })
    ).toEqual([])
  })

  it('warns when the reading cannot be split over the kanji, naming the file', () => {
    expect(warnings(null, { 'priced-in': entry('織り込み済み', { reading: 'おりこみすみれ' }) })).toEqual([
      'site/glossary/priced-in/ja.md: reading: "おりこみすみれ" cannot be split over the kanji of "織り込み済み" (its kana must appear in the reading as in the term, and each run of kanji needs its own kana), so readers see it over the whole term: check that it spells the term\'s kana as written'
    ])
  })

  it('warns about a reading of a term without kanji, or of a term no annotation shows', () => {
    expect(warnings(null, { clanker: entry('クランカー', { reading: 'くらんかー' }) })).toEqual([
      'site/glossary/clanker/ja.md: reading: the term "クランカー" has no kanji, so it needs no reading: remove it'
    ])
    expect(warnings(null, { chattel: entry('動産（チャトル）', { reading: 'どうさん', match: ['動産'] }) })).toContainEqual(
      'site/glossary/chattel/ja.md: reading: is shown over the term "動産（チャトル）" where it is annotated as written, but it is not one of its match forms, so no reader sees it: add "動産（チャトル）" to match, or remove the reading'
    )
  })
})
