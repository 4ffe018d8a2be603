import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'
import LanguageLinks from './_components/LanguageLinks'

// Paths outside any locale (e.g. /xx/page): a plain 404 that offers every language.
export default function GlobalNotFound() {
  return (
    <html lang={localeInfo[defaultLocale].lang}>
      <body>
        <main id="content" className="prose not-found">
          <title>Page not found</title>
          <h1>Page not found</h1>
          <p>There is no page at this address.</p>
          <LanguageLinks locales={locales} />
        </main>
      </body>
    </html>
  )
}
