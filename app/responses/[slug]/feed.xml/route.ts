import { getPublication } from '@/app/_content/publication'
import { essayFacts, publishedResponses } from '@/app/_content/responses'
import { responsesFeedResponse } from '@/app/_content/responses-feeds'
import { exportPlaceholder } from '@/lib/site/build-paths.mjs'
import { responsesFeedPath } from '@/lib/site/paths.mjs'

// Rendered at build time (the static export writes it too) and again when a response is published (refreshEssay).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const facts = essayFacts()
  const slugs = getPublication()
    .essays.map(({ slug }) => slug)
    .filter((slug) => facts.accepts(slug))
  // The static export stops on a route with nothing to prerender (see app/_content/static-params.ts).
  return (slugs.length ? slugs : [exportPlaceholder]).map((slug) => ({ slug }))
}

/** The Atom feed of an essay's published responses. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  if (!essayFacts().accepts(slug)) return new Response('Not found', { status: 404 })
  const rows = (await publishedResponses(slug))?.filter((row) => row.status === 'published') ?? []
  return responsesFeedResponse(rows, responsesFeedPath(slug), slug)
}
