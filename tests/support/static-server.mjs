// A plain static file server for out/, behaving like common static hosts:
// `/a/b` serves `a/b.html` (or `a/b/index.html`), unknown paths get a 404
// page (the locale's, as out/_redirects says) with status 404, and
// out/_headers is applied. No Next.js code runs.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const root = path.resolve(process.argv[2] ?? 'out')
const port = Number(process.env.STATIC_PORT ?? 3200)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}
const headersFile = path.join(root, '_headers')
const headers = existsSync(headersFile)
  ? Object.fromEntries(
      readFileSync(headersFile, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2))
    )
  : {}

function resolve(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const candidate = path.join(root, decoded)
  if (!candidate.startsWith(root)) return undefined
  for (const file of [candidate, `${candidate}.html`, path.join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file
  }
  return undefined
}

createServer((request, response) => {
  // Prefixed, not resolved: a request path such as //evil.example/ must stay a path.
  const url = new URL(`http://localhost${request.url ?? '/'}`)
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    // Pretty URLs, as static hosts do: /en/ → /en. Leading slashes are collapsed
    // so that //other.example/ can never become a protocol-relative redirect.
    const target = `/${url.pathname.replace(/^\/+|\/+$/g, '')}`
    response.writeHead(308, { ...headers, Location: `${target}${url.search}` })
    return response.end()
  }
  const file = resolve(url.pathname)
  const status = file ? 200 : 404
  // Like the _redirects rules `npm run export` writes: a miss under a locale gets that locale's 404 page.
  const locale = url.pathname.split('/')[1]
  const localized = /^[a-z]{2}$/.test(locale) ? path.join(root, locale, '404.html') : ''
  const served = file ?? (localized && existsSync(localized) ? localized : path.join(root, '404.html'))
  response.writeHead(status, { ...headers, 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' })
  if (request.method === 'HEAD') return response.end()
  createReadStream(served).pipe(response)
}).listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`))
