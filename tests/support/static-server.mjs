// A plain static file server for out/, behaving like a static host that reads
// the Netlify-style rules the export writes: `/a/b` serves `a/b.html` (or
// `a/b/index.html`), `_redirects` decides what a miss (or a forced rule)
// serves and with which status, and `_headers` adds headers by path pattern.
// Nothing here knows the site's locales or pages: it serves what
// `npm run export` wrote. No Next.js code runs.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

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

/**
 * A rule's path pattern as a RegExp: a final `/*` matches the folder itself
 * and everything under it (`/*` matches `/`, `/en/*` matches `/en` and
 * `/en/x`), another `*` any run of characters; the rest is literal.
 * @param {string} source
 */
export function pattern(source) {
  const body = source.replace(/\/\*$|\*|[.+?^${}()|[\]\\]/g, (token) => (token === '/*' ? '(?:/.*)?' : token === '*' ? '.*' : `\\${token}`))
  return new RegExp(`^${body}$`)
}

/**
 * The request handler of a static host serving `root`.
 * @param {string} folder
 */
export function staticSite(folder) {
  const root = path.resolve(folder)
  const readRules = (name) => {
    const file = path.join(root, name)
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []
  }

  /** `_headers`: a path pattern on its own line, then its headers indented below it. */
  const headerRules = []
  for (const line of readRules('_headers')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) headerRules.push({ match: pattern(line.trim()), headers: {} })
    else if (headerRules.length > 0) {
      const [name, value] = line.trim().split(/:\s(.*)/s)
      headerRules.at(-1).headers[name] = value
    }
  }

  /** `_redirects`: `from to status`, where a `!` after the status applies the rule even when a file exists. */
  const redirectRules = readRules('_redirects')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status = '301'] = line.split(/\s+/)
      return { match: pattern(from), to, status: Number.parseInt(status, 10), force: status.endsWith('!') }
    })

  function headersFor(urlPath) {
    return Object.assign({}, ...headerRules.filter(({ match }) => match.test(urlPath)).map(({ headers }) => headers))
  }

  /** The file a path names, or undefined (also for malformed percent-encoding and paths outside the root). */
  function resolve(urlPath) {
    let decoded
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return undefined
    }
    const candidate = path.join(root, decoded)
    // Inside the root: the root itself, or a path under it (a sibling such as `<root>-secret` is not).
    if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined
    for (const file of [candidate, `${candidate}.html`, path.join(candidate, 'index.html')]) {
      if (existsSync(file) && statSync(file).isFile()) return file
    }
    return undefined
  }

  return (request, response) => {
    // Prefixed, not resolved: a request path such as //evil.example/ must stay a path.
    const url = new URL(`http://localhost${request.url ?? '/'}`)
    const headers = headersFor(url.pathname)
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
      // Pretty URLs, as static hosts do: /en/ → /en. Leading slashes are collapsed
      // so that //other.example/ can never become a protocol-relative redirect.
      const target = `/${url.pathname.replace(/^\/+|\/+$/g, '')}`
      response.writeHead(308, { ...headers, Location: `${target}${url.search}` })
      return response.end()
    }
    const found = resolve(url.pathname)
    const rule = redirectRules.find(({ match, force }) => (force || !found) && match.test(url.pathname))
    let file = found
    let status = 200
    if (rule && rule.status >= 300 && rule.status < 400) {
      response.writeHead(rule.status, { ...headers, Location: rule.to })
      return response.end()
    }
    if (rule) [file, status] = [resolve(rule.to), rule.status]
    if (!file) [file, status] = [path.join(root, '404.html'), 404]
    response.writeHead(status, { ...headers, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).pipe(response)
  }
}

// Run as a command: node tests/support/static-server.mjs <folder> (port STATIC_PORT, 3200 by default).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv[2] ?? 'out'
  const port = Number(process.env.STATIC_PORT ?? 3200)
  createServer(staticSite(folder)).listen(port, () => console.log(`Serving ${path.resolve(folder)} on http://localhost:${port}`))
}
