// `npm start`: serves the production build on PORT (default 3000), building it
// first when there is none. Next's own request handler serves the pages, as
// `next start` does (headers, compression, caching), behind a small guard that
// makes the server answer like the static export:
//   - the search index (written next to the build by scripts/search-index.ts)
//     at /pagefind/, by sirv, with the files search-index.ts compressed ahead;
//   - an unknown path under a locale, or one whose percent-encoding is
//     malformed (Next would answer 500, vercel/next.js#36964), gets that
//     locale's 404 page with status 404, and so does /<locale>/404 itself;
//   - the pages of the site's other origins (lib/site/cross-origin.mjs) may
//     post responses and read essay pages, by CORS.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import sirv from 'sirv'
import { distDir, nextBuildOutput, searchIndexDir } from '../lib/site/build-paths.mjs'
import { corsHeaders, crossOrigins } from '../lib/site/cross-origin.mjs'
import { isPerRequestPage, notFoundPath, searchIndexPath } from '../lib/site/paths.mjs'
import { peerHeader } from '../lib/site/request-headers.mjs'
import { assetHeaders, securityHeaders } from '../lib/site/security-headers.mjs'

const port = Number(process.env.PORT ?? 3000)

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const app = next({ dev: false, dir: process.cwd(), port })
const handle = app.getRequestHandler()
await app.prepare()

const { prerendered, htmlOf } = nextBuildOutput(distDir)
// The locales are the first segments that have a 404 page of their own.
const locales = new Set([...prerendered].map((route) => route.split('/')[1]).filter((segment) => prerendered.has(notFoundPath(segment))))

// The static copy's pages (RESPONSES_ORIGIN) post responses here and read newer ones.
const allowedOrigins = crossOrigins()

const searchIndex = sirv(searchIndexDir, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders: (response) => {
    for (const [name, value] of Object.entries(assetHeaders)) response.setHeader(name, value)
    response.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
  }
})

/** The decoded path, or undefined when its percent-encoding is malformed. */
function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

/** Sends a prerendered page with status 404. */
function sendNotFound(request, response, pagePath) {
  const file = htmlOf(pagePath)
  response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': statSync(file).size })
  if (request.method === 'HEAD') return response.end()
  createReadStream(file).pipe(response)
}

createServer((request, response) => {
  request.headers[peerHeader] = request.socket.remoteAddress ?? ''
  // Prefixed, not resolved: a request path such as //evil.example/ must stay a path.
  const { pathname } = new URL(`http://localhost${request.url ?? '/'}`)
  const decoded = decodedPath(pathname)
  const cors = corsHeaders({ method: request.method, origin: request.headers.origin, pathname }, allowedOrigins)
  for (const [name, value] of Object.entries(cors ?? {})) response.setHeader(name, value)
  if (cors && request.method === 'OPTIONS') return response.writeHead(204).end()
  if (pathname.startsWith(searchIndexPath)) {
    request.url = request.url?.slice(searchIndexPath.length - 1)
    return searchIndex(request, response, () => sendNotFound(request, response, '/_not-found'))
  }
  const [, first] = pathname.split('/')
  // Paths are case-sensitive, as on a static host (/EN is not /en), and never start with //.
  if (pathname.startsWith('//') || (!locales.has(first) && locales.has(first.toLowerCase()))) {
    return sendNotFound(request, response, '/_not-found')
  }
  const underLocale = locales.has(first) && !pathname.endsWith('/')
  if (
    underLocale &&
    !(decoded !== undefined && isPerRequestPage(pathname)) &&
    (decoded === undefined || decoded === notFoundPath(first) || !(prerendered.has(decoded) || prerendered.has(pathname)))
  ) {
    return sendNotFound(request, response, notFoundPath(first))
  }
  if (decoded === undefined) return sendNotFound(request, response, '/_not-found')
  return handle(request, response)
}).listen(port, () => console.log(`Glossa on http://localhost:${port} (${distDir})`))
