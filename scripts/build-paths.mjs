// Where a build puts things: NEXT_DIST_DIR (the tests and benchmarks build into
// their own folders), else .next, or out/ for the static export (STATIC_EXPORT).

export const distDir = process.env.NEXT_DIST_DIR ?? (process.env.STATIC_EXPORT ? 'out' : '.next')

/** Folder of the prerendered HTML pages: the site itself for an export, else Next's server output. */
export const pagesDir = process.env.STATIC_EXPORT ? distDir : `${distDir}/server/app`

/** Folder of the search index, served at /pagefind/. */
export const searchIndexDir = `${distDir}/pagefind`
