/**
 * `npm run bench:build`: how build time grows with content. Builds the real
 * content, then a temporary content folder with BENCH_ESSAYS (default 100)
 * essays in every locale — copies of the essays in content/, under new slugs —
 * and the same glossary. Prints pages built and seconds per page for both.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const essays = Number(process.env.BENCH_ESSAYS ?? 100)
const distDir = '.next-bench'

function build(contentDir: string): { seconds: number; pages: number } {
  rmSync(distDir, { recursive: true, force: true })
  const start = performance.now()
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'))
  return { seconds, pages: Object.keys(manifest.routes).length }
}

/** A content folder with `count` essays cloned from content/essays, and content/glossary as it is. */
function syntheticContent(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-content-'))
  cpSync('content/glossary', path.join(dir, 'glossary'), { recursive: true })
  const templates = readdirSync('content/essays').filter((name) => !name.includes('.'))
  for (let index = 0; index < count; index++) {
    const template = path.join('content/essays', templates[index % templates.length])
    const target = path.join(dir, 'essays', `bench-essay-${String(index + 1).padStart(3, '0')}`)
    mkdirSync(target, { recursive: true })
    for (const file of readdirSync(template)) {
      // A JSON string is a valid YAML string: number each copy's title.
      const text = readFileSync(path.join(template, file), 'utf8').replace(
        /^title:\s*"?(.*?)"?\s*$/m,
        (_, title: string) => `title: ${JSON.stringify(`${title} ${index + 1}`)}`
      )
      writeFileSync(path.join(target, file), text)
    }
  }
  return dir
}

const real = build(path.resolve('content'))
console.log(`content/: ${real.pages} pages in ${real.seconds.toFixed(1)} s (${(real.seconds / real.pages).toFixed(3)} s/page)`)
const dir = syntheticContent(essays)
try {
  const large = build(dir)
  console.log(`${essays} essays × every locale: ${large.pages} pages in ${large.seconds.toFixed(1)} s (${(large.seconds / large.pages).toFixed(3)} s/page)`)
  const perPage = (large.seconds - real.seconds) / (large.pages - real.pages)
  console.log(`Marginal cost: ${perPage.toFixed(3)} s per extra page; fixed cost ≈ ${(real.seconds - perPage * real.pages).toFixed(1)} s`)
  console.log(JSON.stringify({ realPages: real.pages, realSeconds: Number(real.seconds.toFixed(1)), pages: large.pages, seconds: Number(large.seconds.toFixed(1)), secondsPerPage: Number((large.seconds / large.pages).toFixed(3)) }))
} finally {
  rmSync(dir, { recursive: true, force: true })
  rmSync(distDir, { recursive: true, force: true })
}
