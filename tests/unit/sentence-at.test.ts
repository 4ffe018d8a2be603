// sentenceAt: the one rule for the sentence around a term, used by the
// concordance and by a reader's saved terms. Expected sentences written down.
import { describe, expect, it } from 'vitest'
import { sentenceAt } from '@/lib/render/sentence-at'

const around = (text: string, term: string, lang: string, maxLength?: number) => {
  const start = text.indexOf(term)
  const { before, match, after } = sentenceAt(text, { start, end: start + term.length }, lang, maxLength)
  return `${before}[${match}]${after}`
}

describe('sentenceAt', () => {
  it('keeps the whole sentence the term is in, not its neighbours', () => {
    expect(around('Funds charge fees. Carried interest is the share of profits. Nobody minds.', 'Carried interest', 'en')).toBe(
      '[Carried interest] is the share of profits. '.trimEnd()
    )
  })

  it('ends sentences where the language does: 。 in Chinese, ؟ in Arabic', () => {
    expect(around('资金很多。附带权益是利润的分成。大家都知道。', '附带权益', 'zh-Hans')).toBe('[附带权益]是利润的分成。')
    expect(around('ما هذا؟ الملكية الخاصة تشتري الشركات. انتهى.', 'الملكية الخاصة', 'ar')).toBe('[الملكية الخاصة] تشتري الشركات.')
  })

  it('cuts a long sentence at word boundaries around the term, with ellipses', () => {
    const text = `${'one two three four five six seven eight nine ten '.repeat(4)}velocity of money${' eleven twelve thirteen'.repeat(6)}.`
    expect(around(text, 'velocity of money', 'en', 60)).toBe('…seven eight nine ten [velocity of money] eleven twelve…')
  })
})
