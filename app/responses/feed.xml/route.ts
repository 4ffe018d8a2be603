import { latestResponses } from '@/app/_content/responses'
import { responsesFeedResponse } from '@/app/_content/responses-feeds'
import { allResponsesFeedPath } from '@/lib/site/paths.mjs'

export const dynamic = 'force-static'

/** The Atom feed of the whole publication's latest published responses. */
export async function GET() {
  return responsesFeedResponse(await latestResponses(50), allResponsesFeedPath)
}
