// `npm start`: serves the production build on PORT (default 3000), building it
// first when there is none. Next's own request handler serves everything, as
// `next start` does (headers, compression, caching), behind a small guard that
// makes the server answer like the static export:
//   - the search index (written next to the build by scripts/search-index.ts) at /pagefind/;
//   - an unknown path under a locale, or one whose percent-encoding is
//     malformed (Next would answer 500, vercel/next.js#36964), gets that
//     locale's 404 page with status 404, and so does /<locale>/404 itself.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'
import next from 'next'
import { distDir, searchIndexDir } from './build-paths.mjs'
import { securityHeaders } from './security-headers.mjs'

const port = Number(process.env.PORT ?? 3000)

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const app = next({ dev: false, dir: process.cwd(), port })
const handle = app.getRequestHandler()
await app.prepare()

const { routes } = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'))
const prerendered = new Set(Object.keys(routes))
const locales = new Set(
  Object.keys(routes)
    .map((route) => route.split('/')[1])
    .filter((segment) => prerendered.has(`/${segment}/404`))
)

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8'
}

/** The decoded path, or undefined when its percent-encoding is malformed. */
function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

/** Sends a file, gzipped where the client accepts it and the file is not compressed already. */
function sendFile(request, response, file, status, extraHeaders = {}) {
  const type = types[path.extname(file)] ?? 'application/octet-stream'
  const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
  response.writeHead(status, {
    ...securityHeaders,
    ...extraHeaders,
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': statSync(file).size })
  })
  if (request.method === 'HEAD') return response.end()
  const stream = createReadStream(file)
  ;(gzip ? stream.pipe(createGzip()) : stream).pipe(response)
}

/** A file of the search index, or false when the request is for something else. */
function searchIndexFile(pathname) {
  if (!pathname.startsWith('/pagefind/')) return false
  const root = path.resolve(searchIndexDir)
  const file = path.resolve(root, `.${pathname.slice('/pagefind'.length)}`)
  return file.startsWith(`${root}${path.sep}`) && existsSync(file) && statSync(file).isFile() ? file : undefined
}

createServer((request, response) => {
  // Prefixed, not resolved: a request path such as //evil.example/ must stay a path.
  const { pathname } = new URL(`http://localhost${request.url ?? '/'}`)
  const decoded = decodedPath(pathname)
  const indexFile = decoded !== undefined && searchIndexFile(decoded)
  if (indexFile !== false) {
    if (!indexFile) return sendFile(request, response, path.join(distDir, 'server', 'app', '_not-found.html'), 404)
    const { mtimeMs, size } = statSync(indexFile)
    const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`
    if (request.headers['if-none-match'] === etag) return response.writeHead(304, { ETag: etag }).end()
    return sendFile(request, response, indexFile, 200, { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' })
  }
  const [, first] = pathname.split('/')
  // Paths are case-sensitive, as on a static host (/EN is not /en), and never start with //.
  if (pathname.startsWith('//') || (!locales.has(first) && locales.has(first.toLowerCase()))) {
    return sendFile(request, response, path.join(distDir, 'server', 'app', '_not-found.html'), 404)
  }
  const underLocale = locales.has(first) && !pathname.endsWith('/')
  if (underLocale && (decoded === undefined || decoded === `/${first}/404` || !(prerendered.has(decoded) || prerendered.has(pathname)))) {
    return sendFile(request, response, path.join(distDir, 'server', 'app', first, '404.html'), 404)
  }
  if (decoded === undefined) return sendFile(request, response, path.join(distDir, 'server', 'app', '_not-found.html'), 404)
  return handle(request, response)
}).listen(port, () => console.log(`Glossa on http://localhost:${port} (${distDir})`))
