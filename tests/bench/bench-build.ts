/**
 * `npm run bench:build`: how build time grows with content. Builds generated
 * content of 10, 50 and 100 essays in every locale (copies of the essays in
 * content/, under new slugs, dates and categories) with the real glossary,
 * each in a temporary folder, with `npm run build` (content check, next
 * build, search index); then 10 essays with a glossary of 1,000 terms (the
 * real ones and generated ones), to measure the glossary index: its HTML
 * weight and how fast its filter answers in Chromium. BENCH_SIZES=10,50
 * changes the sizes. The last line is JSON.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { defaultLocale } from '@/lib/i18n/locales'
import { startServer, waitFor } from '@/tests/audit/local-server'
import { chromiumArgs, chromiumPath } from '@/tests/support/chromium'

const sizes = (process.env.BENCH_SIZES ?? '10,50,100').split(',').map(Number)
const glossarySize = 1_000
const distDir = '.next-bench'
const port = 3400

interface Build {
  seconds: number
  pages: number
}

function build(contentDir: string): Build {
  rmSync(distDir, { recursive: true, force: true })
  const started = performance.now()
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`)
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'))
  return { seconds, pages: Object.keys(manifest.routes).length }
}

/** A content folder with `count` essays cloned from content/essays, dated a week apart (every tenth undated), in three categories. */
function generatedContent(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-content-'))
  cpSync('content/glossary', path.join(dir, 'glossary'), { recursive: true })
  cpSync('content/subjects.yaml', path.join(dir, 'subjects.yaml'))
  const templates = readdirSync('content/essays').filter((name) => !name.includes('.'))
  const categories = [['Markets'], ['Chips', 'Markets'], ['Policy']]
  for (let index = 0; index < count; index++) {
    const template = path.join('content/essays', templates[index % templates.length])
    const target = path.join(dir, 'essays', `bench-essay-${String(index + 1).padStart(3, '0')}`)
    mkdirSync(target, { recursive: true })
    const date = new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10)
    for (const file of readdirSync(template)) {
      const text = readFileSync(path.join(template, file), 'utf8')
      const isSource = !/^translatedFrom:/m.test(text)
      // A JSON string is a valid YAML string: number each copy's title.
      const frontMatter = [
        `title: ${JSON.stringify(`${/^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? 'Essay'} ${index + 1}`)}`,
        ...(isSource ? [`categories: ${JSON.stringify(categories[index % categories.length])}`] : []),
        ...(isSource && index % 10 !== 9 ? [`date: ${date}`] : [])
      ]
      // Translations lose their category labels: the copies are filed under new categories.
      writeFileSync(path.join(target, file), text.replace(/^(categories|date):.*\n/gm, '').replace(/^title:.*$/m, frontMatter.join('\n')))
    }
  }
  return dir
}

/** Adds generated terms (default locale only; the other locales fall back) until the glossary has `total`. */
function addGeneratedTerms(dir: string, total: number) {
  const existing = readdirSync(path.join(dir, 'glossary')).length
  const subjects = ['finance', 'technology', 'people-and-ideas', 'culture-and-politics', 'language']
  for (let index = existing; index < total; index++) {
    const id = `generated-term-${index}`
    mkdirSync(path.join(dir, 'glossary', id), { recursive: true })
    writeFileSync(path.join(dir, 'glossary', id, 'meta.yaml'), `subject: ${subjects[index % subjects.length]}\n`)
    writeFileSync(
      path.join(dir, 'glossary', id, `${defaultLocale}.md`),
      `---\nterm: "Zq${index.toString(36)} term"\nsummary: "A generated entry, number ${index}, with a summary about as long as a real one: one sentence that says what the term means."\n---\n\nBody of generated entry ${index}.\n`
    )
  }
}

/** Milliseconds from typing into the glossary filter to the list updated, median of several queries. */
async function filterResponse(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.goto(url)
    const times: number[] = []
    for (const query of ['z', 'zq1', 'term', 'zq2x', 'generated', '', 'q', 'zq3']) {
      times.push(
        await page.evaluate((text) => {
          const input = document.querySelector<HTMLInputElement>('.filter input')
          if (!input) throw new Error('The glossary index has no filter')
          const started = performance.now()
          // As typing does: React listens for input events and reads the value the browser set.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text)
          input.dispatchEvent(new Event('input', { bubbles: true }))
          // Until the list has been updated and laid out.
          void document.body.offsetHeight
          return performance.now() - started
        }, query)
      )
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
  } finally {
    await browser.close()
  }
}

const results: Record<number, Build> = {}
for (const size of sizes) {
  const dir = generatedContent(size)
  try {
    results[size] = build(dir)
    const { seconds, pages } = results[size]
    console.log(`${size} essays × every locale: ${pages} pages in ${seconds.toFixed(1)} s (${(seconds / pages).toFixed(3)} s/page)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const large = generatedContent(10)
let glossary = { terms: glossarySize, htmlBytes: 0, htmlGzipBytes: 0, filterMs: 0, build: { seconds: 0, pages: 0 } }
try {
  addGeneratedTerms(large, glossarySize)
  const built = build(large)
  const html = readFileSync(path.join(distDir, 'server', 'app', defaultLocale, 'glossary.html'))
  const { stop } = startServer('node', ['scripts/start.mjs'], {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    PORT: String(port),
    CONTENT_DIR: large
  })
  try {
    await waitFor(`http://localhost:${port}/${defaultLocale}`)
    glossary = {
      terms: glossarySize,
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      filterMs: await filterResponse(`http://localhost:${port}/${defaultLocale}/glossary`),
      build: built
    }
  } finally {
    stop()
  }
  console.log(
    `10 essays, ${glossarySize} terms: ${built.pages} pages in ${built.seconds.toFixed(1)} s (${(built.seconds / built.pages).toFixed(3)} s/page); ` +
      `glossary index ${(glossary.htmlBytes / 1024).toFixed(0)} kB, ${(glossary.htmlGzipBytes / 1024).toFixed(1)} kB gz; filter answers in ${glossary.filterMs.toFixed(1)} ms (median)`
  )
} finally {
  rmSync(large, { recursive: true, force: true })
  rmSync(distDir, { recursive: true, force: true })
}

const perPage = (size: number) => results[size].seconds / results[size].pages
const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)]
console.log(
  JSON.stringify({
    pages: Object.fromEntries(sizes.map((size) => [size, results[size].pages])),
    seconds: Object.fromEntries(sizes.map((size) => [size, Number(results[size].seconds.toFixed(1))])),
    secondsPerPage: Object.fromEntries(sizes.map((size) => [size, Number(perPage(size).toFixed(4))])),
    growth: Number((perPage(largest) / perPage(smallest)).toFixed(3)),
    glossary1000: { htmlGzipKB: Number((glossary.htmlGzipBytes / 1024).toFixed(1)), filterMs: Number(glossary.filterMs.toFixed(1)) }
  })
)
