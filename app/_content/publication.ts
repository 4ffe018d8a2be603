/**
 * How pages read the publication (lib/publication), and the one place that
 * knows the caching policy. At build time (and in `next start`) it is built
 * once per process: every prerendered page reuses the same rendered texts and
 * indexes. In `next dev` it is built once per request (React `cache`), so that
 * edits to content/ show on reload without a restart.
 */
import { cache } from 'react'
import { contentDir } from '@/lib/content/content-dir'
import { loadContent } from '@/lib/content/load-content'
import { buildPublication, type Publication } from '@/lib/publication/publication'

const build = (): Publication => buildPublication(loadContent(contentDir(), process.cwd()))

// On globalThis rather than in a module variable: route bundles may each carry their own copy of this module.
const processKey = Symbol.for('glossa.publication')
const perProcess = globalThis as { [processKey]?: Publication }

export const getPublication: () => Publication =
  process.env.NODE_ENV === 'development' ? cache(build) : () => (perProcess[processKey] ??= build())
