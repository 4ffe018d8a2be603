import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { homePath } from '@/lib/site/paths.mjs'

/** A plain list of links to the home page of each language, each named in its own language. */
export default function LanguageLinks({ locales }: { locales: readonly Locale[] }) {
  return (
    <ul className="language-choice">
      {locales.map((locale) => (
        <li key={locale}>
          <a href={homePath(locale)} hrefLang={localeInfo[locale].lang} lang={localeInfo[locale].lang}>
            {localeInfo[locale].endonym}
          </a>
        </li>
      ))}
    </ul>
  )
}
