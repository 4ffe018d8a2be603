import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isKana, isKanaOnly, toHiragana } from '@/lib/i18n/kana'
import { hanCharacters, pinyinSyllables, rubyAlignment } from '@/lib/readings/ruby-alignment'

/** The pairs as `base/reading` (a base without reading alone), for short expectations. */
const shown = (base: string, reading: string, lang: string) =>
  rubyAlignment(base, reading, lang).map((pair) => (pair.reading === undefined ? pair.base : `${pair.base}/${pair.reading}`))

describe('Chinese: one syllable per Han character', () => {
  it('pairs syllables with characters when the counts match, whatever separates the syllables', () => {
    expect(shown('睁一只眼闭一只眼', 'zhēng yī zhī yǎn, bì yī zhī yǎn', 'zh-Hans')).toEqual([
      '睁/zhēng',
      '一/yī',
      '只/zhī',
      '眼/yǎn',
      '闭/bì',
      '一/yī',
      '只/zhī',
      '眼/yǎn'
    ])
    expect(shown('西安', "Xī'ān", 'zh')).toEqual(['西/Xī', '安/ān'])
    expect(shown('西安', 'Xī’ān', 'zh-CN')).toEqual(['西/Xī', '安/ān'])
    expect(shown('一只', 'yī-zhī', 'zh')).toEqual(['一/yī', '只/zhī'])
  })

  it('lets punctuation and other characters of the base pass through without a reading', () => {
    expect(shown('睁一只眼，闭一只眼', 'zhēng yī zhī yǎn, bì yī zhī yǎn', 'zh')).toEqual([
      '睁/zhēng',
      '一/yī',
      '只/zhī',
      '眼/yǎn',
      '，',
      '闭/bì',
      '一/yī',
      '只/zhī',
      '眼/yǎn'
    ])
    expect(shown('A股', 'gǔ', 'zh')).toEqual(['A', '股/gǔ'])
    expect(shown('「好」', 'hǎo', 'zh')).toEqual(['「', '好/hǎo', '」'])
  })

  it('puts the whole reading over the whole phrase when the counts differ', () => {
    expect(shown('深圳', 'Shēnzhèn', 'zh')).toEqual(['深圳/Shēnzhèn'])
    expect(shown('睁一只眼闭一只眼', 'zhēng yī zhī yǎn', 'zh')).toEqual(['睁一只眼闭一只眼/zhēng yī zhī yǎn'])
    expect(shown('Hello', 'hǎo', 'zh')).toEqual(['Hello/hǎo'])
  })

  it('keeps a character with a variation selector whole', () => {
    expect(shown('葛\u{E0100}城', 'gé chéng', 'zh')).toEqual(['葛\u{E0100}/gé', '城/chéng'])
  })
})

describe('Japanese: kanji runs take the kana between the base’s kana', () => {
  it('anchors on okurigana', () => {
    expect(shown('織り込み済み', 'おりこみずみ', 'ja')).toEqual(['織/お', 'り', '込/こ', 'み', '済/ず', 'み'])
    expect(shown('上場する', 'じょうじょうする', 'ja')).toEqual(['上場/じょうじょう', 'する'])
    expect(shown('すべては証券詐欺', 'すべてはしょうけんさぎ', 'ja')).toEqual(['すべては', '証券詐欺/しょうけんさぎ'])
    expect(shown('貨幣の流通速度', 'かへいのりゅうつうそくど', 'ja')).toEqual(['貨幣/かへい', 'の', '流通速度/りゅうつうそくど'])
  })

  it('matches katakana in the base with hiragana in the reading, and the other way round', () => {
    expect(shown('反クランカー', 'はんくらんかー', 'ja')).toEqual(['反/はん', 'クランカー'])
    expect(shown('インデックス投資', 'インデックストウシ', 'ja')).toEqual(['インデックス', '投資/トウシ'])
    expect(shown('AIチップの密輸', 'えーあいちっぷのみつゆ', 'ja')).toEqual(['AI/えーあい', 'チップの', '密輸/みつゆ'])
  })

  it('gives a term without kana the whole reading', () => {
    expect(shown('流動性', 'りゅうどうせい', 'ja')).toEqual(['流動性/りゅうどうせい'])
  })

  it('falls back to the whole word when the kana do not fit, or fit in more than one way', () => {
    // The reading misses the base's り.
    expect(shown('織り込み済み', 'おこみずみ', 'ja')).toEqual(['織り込み済み/おこみずみ'])
    // The base ends in kana that the reading does not end with.
    expect(shown('上場する', 'じょうじょうした', 'ja')).toEqual(['上場する/じょうじょうした'])
    // Two kanji runs with only punctuation between: where one ends is not known.
    expect(shown('中央・計画', 'ちゅうおうけいかく', 'ja')).toEqual(['中央・計画/ちゅうおうけいかく'])
    // A kanji run must take at least one kana.
    expect(shown('日の', 'の', 'ja')).toEqual(['日の/の'])
  })

  it('splits where the base’s kana also occur in the kanji’s readings', () => {
    expect(shown('聞き書き', 'ききがき', 'ja')).toEqual(['聞/き', 'き', '書/が', 'き'])
    expect(shown('野の原', 'ののはら', 'ja')).toEqual(['野/の', 'の', '原/はら'])
    expect(shown('氷の上', 'こおりのうえ', 'ja')).toEqual(['氷/こおり', 'の', '上/うえ'])
  })
})

describe('other languages and empty readings', () => {
  it('put the whole reading over the whole base', () => {
    expect(shown('한국어', 'hangugeo', 'ko')).toEqual(['한국어/hangugeo'])
  })

  it('give no reading at all when there is none', () => {
    expect(rubyAlignment('深圳', '  ', 'zh')).toEqual([{ base: '深圳' }])
  })
})

describe('every alignment', () => {
  const pieces = ['織', 'り', '込', 'み', '済', 'の', 'ク', 'ー', '・', '、', 'A', '深', '圳', '😀', 'e\u0301', '한']
  const text = (max: number) => fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: max }).map((parts) => parts.join(''))
  const whole = (base: string, reading: string) => [{ base, reading: reading.trim() }]
  it('keeps the base: the pairs’ bases joined are the base, none empty', () => {
    fc.assert(
      fc.property(text(8), text(10), fc.constantFrom('zh', 'ja', 'ko'), (base, reading, lang) => {
        const pairs = rubyAlignment(base, reading, lang)
        expect(pairs.map((pair) => pair.base).join('')).toBe(base)
        for (const pair of pairs) expect(pair.base).not.toBe('')
      }),
      { numRuns: 2000 }
    )
  })

  it('in Chinese, gives each Han character its syllable in order, or the whole reading to the whole phrase', () => {
    fc.assert(
      fc.property(text(8), fc.array(fc.constantFrom('zhī', 'yǎn', "'", ' ', ', '), { minLength: 1, maxLength: 8 }), (base, parts) => {
        const reading = parts.join('')
        const pairs = rubyAlignment(base, reading, 'zh')
        const readings = pairs.flatMap((pair) => (pair.reading === undefined ? [] : [pair.reading]))
        const syllables = pinyinSyllables(reading)
        if (syllables.length > 0 && syllables.length === hanCharacters(base).length) expect(readings).toEqual(syllables)
        else expect(pairs).toEqual(reading.trim() === '' ? [{ base }] : whole(base, reading))
      }),
      { numRuns: 2000 }
    )
  })

  it('in Japanese, reads back as the reading: each run’s reading and the kana between them, in order', () => {
    fc.assert(
      fc.property(text(8), text(10), (base, reading) => {
        const pairs = rubyAlignment(base, reading, 'ja')
        const readAloud = pairs.map((pair) => pair.reading ?? [...pair.base].filter(isKana).join('')).join('')
        expect(toHiragana(readAloud)).toBe(toHiragana(reading.trim()))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('kana', () => {
  it('are hiragana, katakana (also half-width) and the long-vowel mark, not kanji, Latin or the middle dot', () => {
    expect(['あ', 'ア', 'ｱ', 'ー', 'ゝ', 'ヶ'].every(isKana)).toBe(true)
    expect(['漢', 'a', '・', '。', ' '].some(isKana)).toBe(false)
    expect(isKanaOnly('おりこみずみ')).toBe(true)
    expect(isKanaOnly('おりこみ ずみ')).toBe(false)
    expect(isKanaOnly('orikomizumi')).toBe(false)
    expect(isKanaOnly('')).toBe(false)
  })

  it('compare as hiragana', () => {
    expect(toHiragana('クランカー・ｶﾞ')).toBe('くらんかー・が')
  })
})

describe('syllables and Han characters', () => {
  it('are counted as the alignment counts them', () => {
    expect(pinyinSyllables('zhēng yī zhī yǎn, bì yī zhī yǎn')).toHaveLength(8)
    // Tone marks written as combining characters are one syllable too.
    expect(pinyinSyllables('zhe\u0304ng yi\u0304')).toEqual(['zhēng', 'yī'])
    expect(hanCharacters('睁一只眼，A闭')).toEqual(['睁', '一', '只', '眼', '闭'])
  })
})
