import { describe, expect, it } from 'vitest'
import { createMatcher } from '@/lib/annotate/matcher'
import { NormalizedBuffer, normalizeInto, normalizePattern, normalizeText } from '@/lib/annotate/normalize'

const found = (forms: Record<string, string[]>, text: string, suffixes?: string[]) =>
  createMatcher(
    Object.entries(forms).flatMap(([termId, list]) => list.map((form) => ({ form, termId }))),
    { suffixes }
  )
    .find(text)
    .map(({ start, end, termId }) => `${termId}:${text.slice(start, end)}`)

describe('matcher: word boundaries in spaced scripts', () => {
  const pe = { pe: ['PE'] }
  it('matches a whole word next to punctuation, spaces and the ends of the text', () => {
    for (const text of ['PE', 'PE.', '(PE)', 'a PE b', 'PE/VC', 'x:PE', '[PE]', '{PE}', '@PE`'])
      expect(found(pe, text), text).toEqual(['pe:PE'])
  })
  it('never inside a word of letters or digits, at either end', () => {
    for (const text of ['PE0', '0PE', 'PE9', '9PE', 'aPE', 'PEa', 'zPE', 'PEz', 'APE', 'PEZ', 'éPE', 'PEé', 'PEا', 'ПPE']) {
      expect(found(pe, text), text).toEqual([])
    }
  })
  it('ends a word at a symbol outside ASCII, whatever follows it', () => {
    expect(found(pe, 'PE·x')).toEqual(['pe:PE'])
    expect(found(pe, 'x·PE')).toEqual(['pe:PE'])
  })
  it('never reads past the text it was given, though its scratch space still holds a longer one', () => {
    const matcher = createMatcher([{ form: 'lab', termId: 'lab' }], { suffixes: ['s'] })
    expect(matcher.find('labsx labs')).toEqual([{ start: 6, end: 10, termId: 'lab' }])
    expect(matcher.find('lab')).toEqual([{ start: 0, end: 3, termId: 'lab' }])
  })
  it('takes a letter written with a combining mark as part of the word', () => {
    expect(found(pe, 'PEe\u0301')).toEqual([])
    expect(found({ cafe: ['café'] }, 'cafe\u0301!')).toEqual(['cafe:cafe\u0301'])
  })
  it('reads letters outside the basic plane as letters, whichever half of them it looks at', () => {
    // U+10428 DESERET SMALL LETTER LONG I, written as a surrogate pair.
    expect(found(pe, 'PE\u{10428}')).toEqual([])
    expect(found(pe, '\u{10428}PE')).toEqual([])
    // U+10800 CYPRIOT SYLLABLE A and U+10000 LINEAR B SYLLABLE B008 A: the lowest low and high surrogates.
    expect(found(pe, '\u{10800}PE')).toEqual([])
    expect(found(pe, 'PE\u{10000}')).toEqual([])
    expect(found(pe, 'PE😀')).toEqual(['pe:PE'])
    expect(found(pe, '😀PE')).toEqual(['pe:PE'])
  })
  it('matches Chinese, Japanese and Thai anywhere, even next to letters of those scripts', () => {
    expect(found({ liquidity: ['流动性'] }, '市场流动性必须')).toEqual(['liquidity:流动性'])
    expect(found({ card: ['カード'] }, 'クレジットカードの')).toEqual(['card:カード'])
    expect(found({ pe: ['PE'] }, '私募PE基金')).toEqual(['pe:PE'])
    expect(found({ pe: ['PE'] }, '𠀀PE𠀀')).toEqual(['pe:PE'])
    expect(found({ thai: ['ตลาด'] }, 'ในตลาดหุ้น')).toEqual(['thai:ตลาด'])
  })
  it('adds the longest allowed ending that ends a word, and no ending that does not', () => {
    const suffixes = ['s', 'es', "'s"]
    expect(found({ box: ['box'] }, 'boxes, box, boxs and boxed', suffixes)).toEqual(['box:boxes', 'box:box', 'box:boxs'])
    expect(found({ lab: ['lab'] }, "the lab's labs labsx", suffixes)).toEqual(["lab:lab's", 'lab:labs'])
    expect(found({ lab: ['lab'] }, 'labs', [])).toEqual([])
    // After a form that ends in something else than a letter, no ending is added, and no boundary is needed.
    expect(found({ cpp: ['C++'] }, 'C++s', suffixes)).toEqual(['cpp:C++'])
    // An ending that runs past the end of the text is not there.
    expect(found({ lab: ['lab'] }, 'lab', ['ss'])).toEqual(['lab:lab'])
  })
})

describe('matcher: the automaton', () => {
  // Han text has no word boundaries: what is found is the automaton alone.
  const forms = { he: ['乙丙'], she: ['甲乙丙'], his: ['乙丁'], hers: ['乙丙戊己'] }
  it('finds overlapping patterns and keeps the leftmost, then the longest', () => {
    expect(found(forms, '庚甲乙丙戊己')).toEqual(['she:甲乙丙'])
    expect(found(forms, '庚乙丙戊己')).toEqual(['hers:乙丙戊己'])
    expect(found(forms, '乙丙乙丁')).toEqual(['he:乙丙', 'his:乙丁'])
  })
  it('falls back along failure links after a partial match', () => {
    const chain = { a: ['甲甲甲乙'], b: ['甲甲乙'], c: ['甲乙'], d: ['乙丙丁'] }
    expect(found(chain, '甲甲甲甲乙')).toEqual(['a:甲甲甲乙'])
    expect(found(chain, '丁甲甲乙')).toEqual(['b:甲甲乙'])
    expect(found(chain, '丁丁甲乙')).toEqual(['c:甲乙'])
    expect(found(chain, '甲乙丙丁')).toEqual(['c:甲乙'])
    expect(found(chain, '戊乙丙丁')).toEqual(['d:乙丙丁'])
  })
  it('reports a pattern that ends inside a longer one, through output links', () => {
    const nested = { long: ['甲乙丙丁戊'], inner: ['丙丁'] }
    expect(found(nested, '甲乙丙丁己')).toEqual(['inner:丙丁'])
    expect(found(nested, '甲乙丙丁戊')).toEqual(['long:甲乙丙丁戊'])
  })
  it('walks branching nodes as well as single-child ones', () => {
    const branching = { a: ['甲乙'], b: ['甲丙'], c: ['甲丁'], d: ['甲乙戊'] }
    expect(found(branching, '甲丁甲丙甲乙戊甲乙')).toEqual(['c:甲丁', 'b:甲丙', 'd:甲乙戊', 'a:甲乙'])
  })
  it('counts each spelling once, keeps the first term that claims it, and skips forms with nothing to match', () => {
    const matcher = createMatcher([
      { form: 'Two and twenty', termId: 'first' },
      { form: 'two-and-twenty', termId: 'second' },
      { form: ' -- ', termId: 'empty' }
    ])
    expect(matcher.size).toBe(1)
    expect(matcher.find('two and twenty')).toEqual([{ start: 0, end: 14, termId: 'first' }])
  })
  it('finds nothing in empty text or with no patterns', () => {
    expect(createMatcher([]).find('anything')).toEqual([])
    expect(createMatcher([{ form: 'x', termId: 'x' }]).find('')).toEqual([])
  })
})

describe('normalize', () => {
  it('folds case, width, compatibility forms, quotes, dashes and runs of space, mapping back to the original', () => {
    const { text, starts, ends } = normalizeText('ＧＤＰ  and “the” ﬁnance—Straße’s')
    expect(text).toBe('gdp and "the" finance strasse\'s')
    // "ﬁ" (one code unit) became "fi": both map back to it.
    const fi = text.indexOf('fi')
    expect([starts[fi], ends[fi], starts[fi + 1], ends[fi + 1]]).toEqual([15, 16, 15, 16])
    // Two spaces collapse into one that spans both.
    expect([starts[3], ends[3]]).toEqual([3, 5])
  })
  it('drops Arabic diacritics and tatweel, leading ones included', () => {
    expect(normalizeText('الرُّكُود').text).toBe('الركود')
    expect(normalizeText('\u064Eب').text).toBe('ب')
    expect(normalizeText('\u064Eب').starts[0]).toBe(0)
    expect(normalizeText('بـــب').text).toBe('بب')
  })
  it('keeps Han and kana as they are', () => {
    expect(normalizeText('流动性カードの').text).toBe('流动性カードの')
  })
  it('grows its buffer for long texts and for clusters that expand', () => {
    const long = `${'ﬁ'.repeat(3000)} ${'x'.repeat(5000)}`
    const buffer = new NormalizedBuffer(16)
    normalizeInto(long, buffer)
    expect(buffer.length).toBe(6000 + 1 + 5000)
    expect(String.fromCharCode(...buffer.codes.subarray(0, 4))).toBe('fifi')
    expect(buffer.ends[buffer.length - 1]).toBe(long.length)
    // Reused: a shorter text replaces what it held.
    normalizeInto('Ab', buffer)
    expect([buffer.length, String.fromCharCode(...buffer.codes.subarray(0, buffer.length))]).toEqual([2, 'ab'])
  })
  it('keeps a spacing accent (NFKC: a space and a combining mark) as it is: it is not a separator', () => {
    expect(normalizeText('a¨b').text).toBe('a \u0308b')
  })
  it('trims patterns of leading and trailing separators', () => {
    expect(normalizePattern(' -two and twenty- ')).toBe('two and twenty')
    expect(normalizePattern('—')).toBe('')
  })
})

describe('normalize: every quote and dash variant', () => {
  it('reads each single quote as an apostrophe and each double quote as a straight one', () => {
    for (const quote of ['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC'])
      expect(normalizeText(`a${quote}b`).text, quote).toBe("a'b")
    for (const quote of ['\u201C', '\u201D', '\u201E', '\u201F', '\u2033']) expect(normalizeText(`a${quote}b`).text, quote).toBe('a"b')
  })
  it('reads each dash, soft hyphen and space as one space between words', () => {
    for (const dash of [
      '-',
      '\u00AD',
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2015',
      '\u2212',
      '\uFE58',
      '\uFE63',
      '\uFF0D',
      '\u00A0',
      '\t',
      '\n'
    ]) {
      expect(normalizeText(`two${dash}and`).text, `U+${dash.charCodeAt(0).toString(16)}`).toBe('two and')
    }
    expect(normalizeText('a - b').text).toBe('a b')
    expect(normalizeText('a+b').text).toBe('a+b')
  })
  it('maps every unit of the text it returns, and no more', () => {
    const { text, starts, ends } = normalizeText('ＡＢ  c')
    expect([text.length, starts.length, ends.length]).toEqual([4, 4, 4])
  })
})

describe('matcher: the longest form wins, across terms', () => {
  it('prefers a longer form of another term that starts at the same place or earlier', () => {
    const forms = { listed: ['上場企業'], unlisted: ['非上場企業'], loophole: ['carried interest loophole'], carry: ['carried interest'] }
    expect(found(forms, '非上場企業と上場企業')).toEqual(['unlisted:非上場企業', 'listed:上場企業'])
    expect(found(forms, 'the carried interest loophole, carried interest')).toEqual([
      'loophole:carried interest loophole',
      'carry:carried interest'
    ])
  })
  it('takes the leftmost of two overlapping forms even when a later one is longer: matches never overlap', () => {
    expect(found({ a: ['非上場'], b: ['上場企業株式'] }, '非上場企業株式')).toEqual(['a:非上場'])
  })
})

describe('matcher: forms a term must not match (notMatch)', () => {
  const matcher = (text: string) =>
    createMatcher([
      { form: '上場企業', termId: 'listed' },
      { form: '非上場企業', termId: 'listed', notMatch: true },
      { form: '企業', termId: 'company' },
      { form: 'listed company', termId: 'listed' },
      { form: 'unlisted company', termId: 'listed', notMatch: true }
    ])
      .find(text)
      .map(({ start, end, termId }) => `${termId}:${text.slice(start, end)}`)

  it('finds no match of the term inside them, and matches elsewhere as usual', () => {
    expect(matcher('非上場企業に投資する上場企業')).toEqual(['company:企業', 'listed:上場企業'])
    expect(matcher('an unlisted company, a listed company')).toEqual(['listed:listed company'])
    expect(matcher('an Unlisted-Company')).toEqual([])
  })
  it('leaves other terms inside them alone, and is no match itself', () => {
    expect(matcher('非上場企業')).toEqual(['company:企業'])
    expect(createMatcher([{ form: 'x', termId: 'x', notMatch: true }]).find('x')).toEqual([])
  })
  it('applies only to the term that lists it', () => {
    const both = createMatcher([
      { form: '上場企業', termId: 'listed' },
      { form: '非上場企業', termId: 'other', notMatch: true }
    ])
    expect(both.find('非上場企業')).toEqual([{ start: 1, end: 5, termId: 'listed' }])
  })
})

describe('matcher: a term glossed by itself in brackets is one match', () => {
  const forms = { jason: ['جيسون كالكانيس', 'Jason Calcanis'], fiduciary: ['フィデューシャリー', '受託者'], vc: ['VC'] }
  it('drops the gloss, in ASCII or full-width brackets, with or without spaces', () => {
    expect(found(forms, 'جيسون كالكانيس (Jason Calcanis) جالسا')).toEqual(['jason:جيسون كالكانيس'])
    expect(found(forms, 'フィデューシャリー（受託者）として')).toEqual(['fiduciary:フィデューシャリー'])
    expect(found(forms, 'Jason Calcanis( Jason Calcanis )')).toEqual(['jason:Jason Calcanis'])
  })
  it('keeps a second match that is not alone in its brackets, not closed, or of another term', () => {
    expect(found(forms, 'Jason Calcanis (not Jason Calcanis)')).toEqual(['jason:Jason Calcanis', 'jason:Jason Calcanis'])
    expect(found(forms, 'Jason Calcanis (Jason Calcanis')).toEqual(['jason:Jason Calcanis', 'jason:Jason Calcanis'])
    expect(found(forms, 'Jason Calcanis (VC)')).toEqual(['jason:Jason Calcanis', 'vc:VC'])
    expect(found(forms, 'Jason Calcanis, Jason Calcanis')).toEqual(['jason:Jason Calcanis', 'jason:Jason Calcanis'])
    expect(found(forms, 'Jason Calcanis [Jason Calcanis]')).toEqual(['jason:Jason Calcanis', 'jason:Jason Calcanis'])
  })
  it('never reads past the text it was given to find a closing bracket', () => {
    const matcher = createMatcher([{ form: 'VC', termId: 'vc' }])
    expect(matcher.find('VC (VC) and more text')).toHaveLength(1)
    expect(matcher.find('VC (VC')).toHaveLength(2)
  })
})
