/**
 * `npm run export`: the whole site as static files in out/, for any static
 * host or CDN, plus out/_headers (the security headers, in the format
 * Netlify and Cloudflare Pages read) and out/_redirects (localised 404s). Prints the number of files, their size
 * and the gzipped size of each locale's essay pages.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { securityHeaders } from '../http/security-headers.mjs'
import { locales } from '../i18n/locales'

// With output: 'export', Next's distDir is where the static site is written.
const outDir = process.env.NEXT_DIST_DIR ?? 'out'
const build = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' }
})
if (build.status !== 0) process.exit(build.status ?? 1)

writeFileSync(
  path.join(outDir, '_headers'),
  `/*\n${Object.entries(securityHeaders)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`
)

// Hosts that read _redirects (Netlify, Cloudflare Pages) answer a miss under a
// locale with that locale's 404 page, and status 404.
writeFileSync(path.join(outDir, '_redirects'), locales.map((locale) => `/${locale}/*  /${locale}/404.html  404`).join('\n') + '\n')

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
  )
}

const files = filesIn(outDir)
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
console.log(`\n${outDir}/: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`)
const essayPage = /\/[a-z]{2}\/essays\/[^/]+\.html$/
for (const file of files.filter((name) => essayPage.test(name.split(path.sep).join('/'))).sort()) {
  const html = readFileSync(file)
  console.log(`  ${file}: ${(html.length / 1024).toFixed(1)} kB, ${(gzipSync(html).length / 1024).toFixed(1)} kB gzipped`)
}
