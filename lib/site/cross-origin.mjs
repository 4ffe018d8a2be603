// Responses from a static copy: `npm run export` with RESPONSES_ORIGIN set
// writes pages whose forms post to that Node server and which load its newer
// responses. The server, for its part, lets only the publication's pages do so:
// SITE_URL's origin (where the static copy is served) and the origins listed in
// RESPONSES_ALLOWED_ORIGINS (a second copy, say a staging CDN), by CORS.

/**
 * The origin the static copy's readers send responses to, or undefined (the
 * copy's responses are then read-only). Throws an error naming the variable
 * when it is not an http(s) address.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function parseResponsesOrigin(value) {
  if (value === undefined || value.trim() === '') return undefined
  let url
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(
      `RESPONSES_ORIGIN="${value}" is not a URL: set it to the Node server's address, e.g. RESPONSES_ORIGIN=https://responses.example.org`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`RESPONSES_ORIGIN="${value}" must start with https:// (or http://)`)
  }
  return url.origin
}

/** RESPONSES_ORIGIN, read when the pages are built. */
export const responsesOrigin = parseResponsesOrigin(process.env.RESPONSES_ORIGIN)

/**
 * The origins other than its own whose pages may post readers' responses to
 * this server and read its essay pages.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function crossOrigins(env = process.env) {
  const listed = (env.RESPONSES_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return [...(env.SITE_URL ? [env.SITE_URL] : []), ...listed].map((value) => new URL(value).origin)
}

/** The paths another origin's pages may reach: the responses' routes, and an essay's page (its newer responses). */
const crossOriginPath = /^\/(responses\/.+|[^/]+\/essays\/[^/]+)$/

/**
 * The CORS headers of a request, when it comes from one of `allowed` to a
 * path they may reach; undefined otherwise (the browser then keeps the
 * answer from the other page). Credentials are allowed: the writer's edit key
 * is a cookie.
 * @param {{ method?: string, origin?: string, pathname: string }} request
 * @param {readonly string[]} allowed
 * @returns {Record<string, string> | undefined}
 */
export function corsHeaders({ method, origin, pathname }, allowed) {
  if (!origin || !allowed.includes(origin) || !crossOriginPath.test(pathname)) return undefined
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
    ...(method === 'OPTIONS'
      ? {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type, Accept',
          'Access-Control-Max-Age': '600'
        }
      : {})
  }
}

/**
 * Where a page's response forms post: the route itself, or the same route on
 * RESPONSES_ORIGIN in a static copy built with it.
 * @param {string} routePath
 */
export const responsesEndpoint = (routePath) => (responsesOrigin ? `${responsesOrigin}${routePath}` : routePath)
