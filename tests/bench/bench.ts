/**
 * `npm run bench`: the annotation engine against a naive baseline (one
 * RegExp alternation of every form), on a synthetic ~1 MB English + Chinese
 * corpus generated here, with glossaries of 10, 1,000 and 10,000 terms.
 * Runs are interleaved and the median is reported; the last line is JSON.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import { VFile } from 'vfile'
import rehypeGlossary, { defaultIgnore, type GlossaryTerm } from '@/lib/annotate/rehype-glossary'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'

const sizes = [10, 1_000, 10_000]
const runs = Number(process.env.BENCH_RUNS ?? 9)
/** The baseline stops repeating once it has used this much time (it takes minutes at 10,000 terms). */
const baselineBudgetMs = 30_000
const targetBytes = 1_000_000

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same input. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const next = random(42)
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
const syllables = ['ka', 'lo', 'mi', 'ter', 'van', 'qu', 'sel', 'dor', 'pri', 'nex', 'ul', 'ros', 'te', 'bra', 'ch', 'fin']
// 2,000 common-range ideographs, so that Chinese filler text and terms rarely collide by chance.
const han = Array.from({ length: 2000 }, (_, index) => String.fromCharCode(0x4e00 + index))
// Term words start with a syllable prose never uses, then share prose's syllables:
// partial matches are everywhere, whole terms appear only where the corpus puts them.
const proseSyllables = syllables.slice(4)
const englishWord = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(proseSyllables)).join('')
const termWord = () => pick(syllables.slice(0, 4)) + englishWord()
const chineseWord = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(han)).join('')

/** 10,000 distinct terms: two thirds English (1–3 words), one third Chinese. */
function makeTerms(count: number): GlossaryTerm[] {
  const seen = new Set<string>()
  const terms: GlossaryTerm[] = []
  while (terms.length < count) {
    const form = terms.length % 3 === 2 ? chineseWord() : Array.from({ length: 1 + Math.floor(next() * 3) }, termWord).join(' ')
    if (seen.has(form)) continue
    seen.add(form)
    terms.push({ id: `term-${terms.length}`, forms: [form] })
  }
  return terms
}

/**
 * ~1 MB of Markdown: paragraphs mixing English and Chinese, with code, links
 * and forms of the terms every glossary size shares (the first 10), so that
 * the work of wrapping matches is the same for every size and what grows with
 * the glossary is the cost of looking.
 */
function makeCorpus(terms: GlossaryTerm[]): string {
  const blocks: string[] = []
  let bytes = 0
  while (bytes < targetBytes) {
    const words: string[] = []
    for (let index = 0; index < 80; index++) {
      const roll = next()
      if (roll < 0.08) words.push(pick(terms).forms[0])
      else if (roll < 0.3) words.push(chineseWord())
      else if (roll < 0.31) words.push(`\`${englishWord()}\``)
      else if (roll < 0.32) words.push(`[${englishWord()}](https://example.com/${englishWord()})`)
      else words.push(englishWord())
    }
    const block = `${words.join(' ')}.`
    blocks.push(blocks.length % 12 === 0 ? `## ${englishWord()}\n\n${block}` : block)
    bytes += Buffer.byteLength(block) + 2
  }
  return blocks.join('\n\n')
}

const toHast = unified().use(remarkParse).use(remarkRehype)
function parse(markdown: string): Root {
  return toHast.runSync(toHast.parse(markdown)) as Root
}

/** The naive baseline: the same walk, but one case-insensitive RegExp alternation of every form. */
function baselineAnnotate(tree: Root, terms: GlossaryTerm[]) {
  const formToId = new Map<string, string>()
  for (const term of terms) for (const form of term.forms) formToId.set(form.toLowerCase(), term.id)
  const alternation = [...formToId.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
  const pattern = new RegExp(alternation, 'giu')
  const ignore = new Set(defaultIgnore)
  let marked = 0
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'element' && ignore.has(node.tagName)) return SKIP
    if (node.type !== 'text') return undefined
    const parent = ancestors[ancestors.length - 1] as Element | Root
    const parts: ElementContent[] = []
    let cursor = 0
    for (const match of (node as Text).value.matchAll(pattern)) {
      if (match.index > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, match.index) })
      const termId = formToId.get(match[0].toLowerCase()) ?? ''
      parts.push({ type: 'element', tagName: 'a', properties: { dataTerm: termId }, children: [{ type: 'text', value: match[0] }] })
      cursor = match.index + match[0].length
      marked++
    }
    if (parts.length === 0) return undefined
    if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) })
    const index = parent.children.indexOf(node as Text)
    parent.children.splice(index, 1, ...parts)
    return [SKIP, index + parts.length]
  })
  return marked
}

/** Times `work` after a full garbage collection, so that no earlier garbage is billed to it. */
function time(work: () => void): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  const start = performance.now()
  work()
  return performance.now() - start
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The first `share` of the blocks of a tree, for the baseline where a full pass takes minutes. */
function slice(tree: Root, share: number): { tree: Root; megabytes: number } {
  const children = tree.children.slice(0, Math.ceil(tree.children.length * share))
  const part: Root = { type: 'root', children }
  return { tree: part, megabytes: (megabytes * children.length) / tree.children.length }
}

const allTerms = makeTerms(Math.max(...sizes))
const markdown = makeCorpus(allTerms.slice(0, Math.min(...sizes)))
const megabytes = Buffer.byteLength(markdown) / 1e6
const parsed = parse(markdown)
const parseMs = median(Array.from({ length: 3 }, () => time(() => parse(markdown))))
console.log(
  `Corpus: ${megabytes.toFixed(2)} MB of Markdown (English + Chinese); Markdown → hast ${parseMs.toFixed(0)} ms. ` +
    `Medians of ${runs} interleaved runs (the baseline stops after ${baselineBudgetMs / 1000} s).`
)
console.log(
  'terms    build ms   ours ms   ours MB/s   baseline ms (runs)   baseline MB/s   speed-up   marks (ours/baseline)   full pipeline MB/s'
)

const results: Record<number, { ours: number; baseline: number; full: number }> = {}
for (const size of sizes) {
  const terms = allTerms.slice(0, size)
  let transformer: (tree: Root, file: VFile) => undefined = () => undefined
  const buildMs = time(() => {
    transformer = rehypeGlossary({ terms })
  })
  const render = createMarkdownRenderer({ terms })
  // A rate is a rate: at 10,000 terms the baseline is timed on a tenth of the corpus.
  const baselineShare = size >= 10_000 ? 0.1 : 1
  const baselineInput = slice(parsed, baselineShare)
  const ours: number[] = []
  const baseline: number[] = []
  const full: number[] = []
  let marks = 0
  let baselineMarks = 0
  transformer(structuredClone(parsed), new VFile()) // warm-up
  for (let run = 0; run < runs; run++) {
    const forOurs = structuredClone(parsed)
    const file = new VFile()
    ours.push(time(() => transformer(forOurs, file)))
    marks = file.data.glossary?.occurrences.length ?? 0
    if (baseline.reduce((sum, value) => sum + value, 0) < baselineBudgetMs) {
      const forBaseline = structuredClone(baselineInput.tree)
      baseline.push(time(() => (baselineMarks = baselineAnnotate(forBaseline, terms))))
    }
    if (run < 3) full.push(time(() => render(markdown)))
  }
  // Baseline time scaled to the whole corpus (exact when baselineShare is 1).
  results[size] = { ours: median(ours), baseline: (median(baseline) * megabytes) / baselineInput.megabytes, full: median(full) }
  const r = results[size]
  console.log(
    [
      String(size).padEnd(8),
      buildMs.toFixed(0).padStart(8),
      r.ours.toFixed(0).padStart(9),
      (megabytes / (r.ours / 1000)).toFixed(1).padStart(11),
      `${r.baseline.toFixed(0)} (${baseline.length}${baselineShare < 1 ? `, on ${baselineShare * 100}%` : ''})`.padStart(20),
      (megabytes / (r.baseline / 1000)).toFixed(2).padStart(15),
      `${(r.baseline / r.ours).toFixed(1)}x`.padStart(10),
      `${marks}/${baselineMarks}`.padStart(23),
      (megabytes / (r.full / 1000)).toFixed(2).padStart(20)
    ].join(' ')
  )
}

const largest = results[10_000]
const summary = {
  speedup10k: Number((largest.baseline / largest.ours).toFixed(1)),
  sizeRatio: Number((largest.ours / results[10].ours).toFixed(2)),
  mbps10k: Number((megabytes / (largest.ours / 1000)).toFixed(1)),
  fullPipelineMbps10k: Number((megabytes / (largest.full / 1000)).toFixed(2)),
  corpusMB: Number(megabytes.toFixed(2))
}
console.log('Targets: speed-up >= 20x at 10,000 terms; 10,000-term time <= 1.5x the 10-term time; >= 20 MB/s annotation at 10,000 terms.')
console.log(JSON.stringify(summary))
