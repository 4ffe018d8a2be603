// Where a build puts things, and what `npm start`'s server reads of Next's
// output. NEXT_DIST_DIR sets the build folder (the tests and benchmarks build
// into their own), else .next, or out/ for the static export (STATIC_EXPORT).

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const distDir = process.env.NEXT_DIST_DIR ?? (process.env.STATIC_EXPORT ? 'out' : '.next')

/** Folder of the prerendered HTML pages: the site itself for an export, else Next's server output. */
export const pagesDir = process.env.STATIC_EXPORT ? distDir : `${distDir}/server/app`

/** Folder of the search index, served at /pagefind/. */
export const searchIndexDir = `${distDir}/pagefind`

/**
 * The segment of a placeholder page, which a dynamic route prerenders when it
 * has nothing else to prerender (app/_content/static-params.ts); no content id
 * can be it, ids are kebab-case. `npm run export` deletes its files.
 */
export const exportPlaceholder = '_none'

/**
 * What `npm start`'s server needs to know of a `next build`: the paths Next
 * prerendered, and the prerendered HTML of a page. Next has no public API for
 * either, so this reads two things of its build output, both stable since
 * Next 13 and checked here so that an upgrade that changes them stops the
 * server with this message rather than serving wrong answers:
 *   - `prerender-manifest.json`, whose `routes` has a key per prerendered path;
 *   - `server/app/<path>.html`, the HTML of each prerendered page.
 * The end-to-end suite's serving tests (tests/e2e/serving.spec.ts) run
 * against this server and fail as well if either changes.
 * @param {string} dir the build folder
 * @returns {{ prerendered: Set<string>, htmlOf: (pagePath: string) => string }}
 */
export function nextBuildOutput(dir) {
  const manifest = path.join(dir, 'prerender-manifest.json')
  const routes = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).routes : undefined
  if (!routes || typeof routes !== 'object' || Object.keys(routes).length === 0) {
    throw new Error(
      `${manifest} lists no prerendered routes: this version of Next writes its build differently from what lib/site/build-paths.mjs reads`
    )
  }
  const htmlOf = (pagePath) => path.join(dir, 'server', 'app', `${pagePath === '/' ? 'index' : pagePath.slice(1)}.html`)
  const notFound = htmlOf('/_not-found')
  if (!existsSync(notFound)) {
    throw new Error(`${notFound} is missing: this version of Next writes prerendered pages elsewhere than lib/site/build-paths.mjs expects`)
  }
  return { prerendered: new Set(Object.keys(routes)), htmlOf }
}
