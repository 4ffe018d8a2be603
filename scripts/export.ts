/**
 * `npm run export`: the whole site as static files in out/, for any static
 * host or CDN, with its search index, plus out/_headers (the security headers)
 * and out/_redirects (each locale's 404 page for any miss under that locale,
 * and for /<locale>/404 itself), in the format Netlify reads. Prints the
 * number of files, their size, the gzipped size of each locale's essay pages
 * and the search index per language.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { locales } from '@/lib/i18n/locales'
import { exportPlaceholder } from '@/lib/site/build-paths.mjs'
import { homePath, notFoundPath } from '@/lib/site/paths.mjs'
import { searchIndexSizes } from '@/lib/site/search-index-size'
import { securityHeaders } from '@/lib/site/security-headers.mjs'

// With output: 'export', Next's distDir is where the static site is written.
const outDir = process.env.NEXT_DIST_DIR ?? 'out'
const build = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' }
})
if (build.status !== 0) process.exit(build.status ?? 1)

/** Deletes the files of placeholder pages (routes with nothing to prerender, see app/_content/static-params.ts). */
function removePlaceholders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.name === exportPlaceholder || entry.name.startsWith(`${exportPlaceholder}.`)) rmSync(full, { recursive: true })
    else if (entry.isDirectory()) removePlaceholders(full)
  }
}
removePlaceholders(outDir)

writeFileSync(
  path.join(outDir, '_headers'),
  `/*\n${Object.entries(securityHeaders)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`
)

// Rules apply in order; `404!` applies even where a file exists.
writeFileSync(
  path.join(outDir, '_redirects'),
  `${locales
    .flatMap((locale) => [
      `${notFoundPath(locale)}  ${notFoundPath(locale)}.html  404!`,
      `${homePath(locale)}/*  ${notFoundPath(locale)}.html  404`
    ])
    .join('\n')}\n`
)

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
  )
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const files = filesIn(outDir)
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
console.log(`\n${outDir}/: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`)
const essayPage = /\/[a-z]{2}\/essays\/[^/]+\.html$/
for (const file of files.filter((name) => essayPage.test(name.split(path.sep).join('/'))).slice(0, 20)) {
  const html = readFileSync(file)
  console.log(`  ${file}: ${kB(html.length)}, ${kB(gzipSync(html).length)} gzipped`)
}
const sizes = searchIndexSizes(path.join(outDir, 'pagefind'))
console.log(
  `Search index: ${Object.entries(sizes)
    .map(([language, size]) => `${language} ${kB(size)}`)
    .join(', ')}`
)
