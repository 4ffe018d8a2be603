/**
 * The search index (Pagefind, whose npm package runs its extended build, so
 * Chinese and Japanese are segmented into words): every prerendered page with
 * a `data-pagefind-body` (essays and glossary entries in their own language),
 * one index per `<html lang>`, without the anchors search does not use
 * (lib/search/indexed-html.ts). `npm run build` and `npm run export` run it
 * after `next build`; the index is served at /pagefind/ by `npm start` and is
 * part of out/, its scripts also compressed ahead (`.gz`, `.br`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import { indexedHtml } from '@/lib/search/indexed-html'
import { pagesDir, searchIndexDir } from '@/lib/site/build-paths.mjs'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_next' ? [] : htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

/** The URL a page is served at: `en/essays/x.html` → `/en/essays/x`, `index.html` → `/`. */
function urlOf(file: string): string {
  const relative = path.relative(pagesDir, file).split(path.sep).join('/')
  return `/${relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`
}

const started = performance.now()
rmSync(searchIndexDir, { recursive: true, force: true })
const { index, errors } = await pagefind.createIndex({})
if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
let pages = 0
for (const file of htmlFiles(pagesDir)) {
  const content = readFileSync(file, 'utf8')
  if (!content.includes('data-pagefind-body')) continue
  const added = await index.addHTMLFile({ url: urlOf(file), content: indexedHtml(content) })
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`)
  pages++
}
const written = await index.writeFiles({ outputPath: searchIndexDir })
if (written.errors.length > 0) throw new Error(`Pagefind could not write ${searchIndexDir}: ${written.errors.join('; ')}`)
await pagefind.close()
// Pagefind's index and fragments are compressed already; its scripts, styles and entry file are not:
// compressed once here, `npm start` serves the compressed files to browsers that take them.
for (const name of readdirSync(searchIndexDir)) {
  if (!/\.(js|css|json)$/.test(name)) continue
  const file = path.join(searchIndexDir, name)
  const text = readFileSync(file)
  writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }))
  writeFileSync(`${file}.br`, brotliCompressSync(text))
}
console.log(`Search index: ${pages} pages in ${searchIndexDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
