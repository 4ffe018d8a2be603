// Security headers, defined once: next.config.mjs sends them in server mode,
// scripts/start.mjs with the files it serves itself, scripts/export.ts writes
// them to out/_headers for static hosts, and the README's nginx sample repeats them.
//
// Trade-off: every page is prerendered, so a per-request nonce is impossible
// (nonces force dynamic rendering). Next's inline bootstrap scripts therefore
// need script-src 'unsafe-inline'. What keeps content from injecting script is
// the sanitiser (lib/render), not the CSP; the CSP still blocks every other
// origin, plugins, framing, <base> hijacking and foreign form targets.
// A static copy built with RESPONSES_ORIGIN may post its forms to that server
// and fetch its newer responses from it, and to no other.

import { responsesOrigin } from './cross-origin.mjs'

const responsesServer = responsesOrigin ? ` ${responsesOrigin}` : ''

/** @type {Record<string, string>} */
export const securityHeaders = {
  'Content-Security-Policy': [
    "default-src 'self'",
    // Search (Pagefind) runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval of script.
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${responsesServer}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${responsesServer}`,
    "frame-ancestors 'none'"
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
}

/**
 * The headers of files that are not pages (scripts, styles, the search
 * index): a policy for documents means nothing on them, and a first search
 * fetches a dozen such files, so they carry only what applies to them.
 * @type {Record<string, string>}
 */
export const assetHeaders = {
  'X-Content-Type-Options': 'nosniff'
}
