import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'
import { homePath } from './_content/paths'
import LanguageRedirect from './_components/LanguageRedirect'

// Served at `/` by static hosts only: in server mode the proxy redirects `/`
// to the negotiated locale before this page is reached.
export default function LanguageChoice() {
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
  return (
    <html lang={localeInfo[defaultLocale].lang}>
      <head>
        <title>Glossa</title>
      </head>
      <body>
        <main id="content" className="prose">
          <h1>Glossa</h1>
          <ul className="language-choice">
            {ordered.map((locale) => (
              <li key={locale}>
                <a href={homePath(locale)} hrefLang={localeInfo[locale].lang} lang={localeInfo[locale].lang}>
                  {localeInfo[locale].endonym}
                </a>
              </li>
            ))}
          </ul>
        </main>
        <LanguageRedirect locales={ordered.map((locale) => ({ code: locale, lang: localeInfo[locale].lang }))} />
      </body>
    </html>
  )
}
