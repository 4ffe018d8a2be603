import createMiddleware from 'next-intl/middleware'
import { routing } from './app/_i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but Next's own files, files with an extension (sitemap.xml, icons) and the
  // responses' and moderation's route handlers, which take no locale (lib/site/paths.mjs).
  matcher: '/((?!api|_next|_vercel|responses/|moderation/|.*\\..*).*)'
}
