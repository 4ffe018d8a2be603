import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { homePath } from './_content/paths'

// Paths outside any locale (e.g. /xx/page): a plain 404 that offers every language.
export default function GlobalNotFound() {
  return (
    <html lang={localeInfo[defaultLocale].lang}>
      <body>
        <main id="content" className="prose not-found">
          <title>Page not found</title>
          <h1>Page not found</h1>
          <p>There is no page at this address.</p>
          <ul>
            {locales.map((locale) => (
              <li key={locale}>
                <a href={homePath(locale)} hrefLang={localeInfo[locale].lang} lang={localeInfo[locale].lang}>
                  {localeInfo[locale].endonym}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  )
}
