import createMiddleware from 'next-intl/middleware'
import { routing } from './app/_i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but Next's own files and files with an extension (sitemap.xml, icons).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)'
}
