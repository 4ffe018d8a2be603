import { beforeAll, describe, expect, it } from 'vitest'
import { parseQuestions } from '@/lib/terms/reader-questions'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'
import { TermsError } from '@/lib/terms/terms-error'

let finder: TermFinder
beforeAll(() => {
  finder = createTermFinder()
})

const markdown = 'The board met on Tuesday. Everyone talked about the dry powder in the fund, and about lunch.'

describe("readers' questions", () => {
  it('raise the phrase they ask about and say how many readers asked', () => {
    const rank = (questions: { phrase: string; count: number }[]) => {
      const candidates = finder.suggest({ markdown, locale: 'en', terms: [], questions })
      return {
        rank: candidates.findIndex((candidate) => candidate.phrase === 'dry powder'),
        candidate: candidates.find((c) => c.phrase === 'dry powder')
      }
    }
    const before = rank([])
    const after = rank([
      { phrase: 'Dry powder', count: 2 },
      { phrase: 'dry powder', count: 1 }
    ])
    expect(after.candidate?.askedBy).toBe(3)
    expect(after.rank).toBe(0)
    expect(before.candidate?.askedBy ?? 0).toBe(0)
    expect(after.candidate?.score).toBeGreaterThan(before.candidate?.score ?? 0)
  })

  it('keep a phrase the text does not contain, as the reader wrote it', () => {
    const candidates = finder.suggest({ markdown, locale: 'en', terms: [], questions: [{ phrase: 'carried interest', count: 4 }] })
    expect(candidates.find((candidate) => candidate.phrase === 'carried interest')).toMatchObject({ count: 0, askedBy: 4, sentence: '' })
  })

  it('are read from a JSON file, one refusal line per problem', () => {
    expect(parseQuestions('[{"phrase":"dry powder","count":2}]', 'q.json')).toEqual([{ phrase: 'dry powder', count: 2 }])
    expect(() => parseQuestions('{}', 'q.json')).toThrow(new TermsError('q.json: expected an array of { "phrase": "…", "count": N }'))
    expect(() => parseQuestions('[{"phrase":"x","count":0}]', 'q.json')).toThrow(
      new TermsError('q.json: item 1 needs a non-empty "phrase" and a whole "count" of at least 1')
    )
  })
})
