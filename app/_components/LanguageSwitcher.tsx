import { type Locale, localeInfo, locales } from '@/lib/i18n/locales'

interface Props {
  locale: Locale
  label: string
  /** The same page in another locale. */
  pathFor: (locale: Locale) => string
}

/** Real links to this page in every language, each named in its own language. */
export default function LanguageSwitcher({ locale, label, pathFor }: Props) {
  return (
    <nav className="languages" aria-label={label}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            <a
              href={pathFor(other)}
              hrefLang={localeInfo[other].lang}
              lang={localeInfo[other].lang}
              aria-current={other === locale ? 'true' : undefined}
              data-locale-link={other}
            >
              {localeInfo[other].endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
