/**
 * `npm run bench:terms`: the term finder against hand-made glossaries. On the
 * publication's first essay (its glossary: the published terms whose forms
 * occur in it, link text included) and on tests/fixtures/terms/essay.md (its
 * glossary written down by hand in glossary.json before the finder was ever
 * run on it): the share of glossary terms among the top 50 and top 100
 * candidates and anywhere, how many of the top 50 are glossary terms, and the
 * time per essay. The last line is JSON.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { contentDir } from '@/lib/content/content-dir'
import { loadContent } from '@/lib/content/load-content'
import { defaultLocale } from '@/lib/i18n/locales'
import { glossaryMatch } from '@/lib/terms/glossary-match'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'
import { textBlocks } from '@/lib/terms/text-blocks'
import type { TermForms } from '@/lib/terms/types'

const runs = Number(process.env.BENCH_RUNS ?? 7)
const fixtureDir = path.join(import.meta.dirname, '../fixtures/terms')
const targets = { top100: 0.7, anywhere: 0.95, top50Terms: 35, msPer2000Words: 1000 }

interface Case {
  name: string
  markdown: string
  /** The glossary the candidates are matched against (every term the finder may call covered). */
  terms: TermForms[]
  /** The ids of the essay's own glossary, whose recall is measured. */
  expected: string[]
}

function firstEssayCase(): Case {
  const content = loadContent(contentDir(), process.cwd())
  const essay = [...content.essays.values()][0]
  const terms = [...content.terms.values()].map((term) => ({
    id: term.id,
    forms: term.entries[defaultLocale]?.match ?? [],
    notMatch: term.entries[defaultLocale]?.notMatch
  }))
  const used = glossaryMatch(terms, defaultLocale).uses(textBlocks(essay.source.body))
  return { name: essay.slug, markdown: essay.source.body, terms, expected: [...used.keys()].sort() }
}

function fixtureCase(): Case {
  const glossary: { terms: TermForms[] } = JSON.parse(readFileSync(path.join(fixtureDir, 'glossary.json'), 'utf8'))
  return {
    name: 'tests/fixtures/terms/essay.md',
    markdown: readFileSync(path.join(fixtureDir, 'essay.md'), 'utf8'),
    terms: glossary.terms,
    expected: glossary.terms.map((term) => term.id)
  }
}

function measure(finder: TermFinder, testCase: Case) {
  const input = { markdown: testCase.markdown, locale: defaultLocale, terms: testCase.terms }
  const firstStart = performance.now()
  const candidates = finder.suggest(input)
  const firstMs = performance.now() - firstStart
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    // A fresh finder each time (made outside the timer), so that no run profits from the spelling hints of the one before.
    const fresh = createTermFinder()
    const start = performance.now()
    fresh.suggest(input)
    times.push(performance.now() - start)
  }
  const medianMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
  const rankOf = new Map<string, number>()
  candidates.forEach((candidate, rank) => {
    const termId = candidate.covered.termId
    if (termId && !rankOf.has(termId)) rankOf.set(termId, rank + 1)
  })
  const expected = new Set(testCase.expected)
  const within = (limit: number) => testCase.expected.filter((id) => (rankOf.get(id) ?? Number.POSITIVE_INFINITY) <= limit).length
  const top50 = candidates.slice(0, 50)
  const words = testCase.markdown.split(/\s+/).filter(Boolean).length
  return {
    essay: testCase.name,
    words,
    glossaryTerms: expected.size,
    candidates: candidates.length,
    top50: within(50) / expected.size,
    top100: within(100) / expected.size,
    anywhere: testCase.expected.filter((id) => rankOf.has(id)).length / expected.size,
    top50GlossaryCandidates: top50.filter((candidate) => candidate.covered.termId && expected.has(candidate.covered.termId)).length,
    top50DistinctTerms: new Set(top50.flatMap((candidate) => (candidate.covered.termId ? [candidate.covered.termId] : []))).size,
    firstMs,
    medianMs,
    msPer2000Words: (medianMs / words) * 2000,
    missed: testCase.expected.filter((id) => !rankOf.has(id)),
    notTop100: testCase.expected
      .filter((id) => (rankOf.get(id) ?? Number.POSITIVE_INFINITY) > 100)
      .map((id) => `${id}@${rankOf.get(id) ?? '-'}`)
  }
}

const setupStart = performance.now()
const finder = createTermFinder()
const setupMs = performance.now() - setupStart

console.log('Term finder benchmark')
console.log(
  "  A candidate is a glossary term when one of the term's match forms matches the whole candidate (its phrase or one of its forms as written)\n" +
    "  with the annotation engine's matcher (lib/annotate/matcher.ts: case, width, quotes and hyphens ignored, English -s/-es/'s endings accepted).\n" +
    '  A term is found at the rank of the first candidate that is it.'
)
console.log(
  `  setup (word list, spelling dictionary): ${setupMs.toFixed(0)} ms, once per finder, not timed below; ${runs} timed runs per essay on a fresh finder, median`
)
const pct = (share: number) => `${(share * 100).toFixed(1)} %`
const results = [firstEssayCase(), fixtureCase()].map((testCase) => measure(finder, testCase))
for (const result of results) {
  const meets = (ok: boolean) => (ok ? 'ok' : 'MISSED')
  console.log(`\n${result.essay}: ${result.words} words, ${result.glossaryTerms} glossary terms, ${result.candidates} candidates`)
  console.log(`  glossary terms in top 50:  ${pct(result.top50)}`)
  console.log(`  glossary terms in top 100: ${pct(result.top100)}  (target ≥ 70 %: ${meets(result.top100 >= targets.top100)})`)
  console.log(`  glossary terms anywhere:   ${pct(result.anywhere)}  (target ≥ 95 %: ${meets(result.anywhere >= targets.anywhere)})`)
  console.log(
    `  top 50 candidates that are glossary terms: ${result.top50GlossaryCandidates} (${result.top50DistinctTerms} distinct terms)  (target ≥ 35: ${meets(result.top50GlossaryCandidates >= targets.top50Terms)})`
  )
  console.log(
    `  time: ${result.medianMs.toFixed(0)} ms (first run ${result.firstMs.toFixed(0)} ms), ${result.msPer2000Words.toFixed(0)} ms per 2,000 words  (target < 1,000: ${meets(result.msPer2000Words < targets.msPer2000Words)})`
  )
  if (result.missed.length > 0) console.log(`  not found: ${result.missed.join(', ')}`)
  if (result.notTop100.length > 0) console.log(`  below the top 100: ${result.notTop100.join(', ')}`)
}
console.log(JSON.stringify({ setupMs, results }))
