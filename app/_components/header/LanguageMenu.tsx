import { localeLinkAttribute } from '@/lib/annotate/header-markup'
import { type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { GlobeIcon } from './icons'
import RememberLanguage from './RememberLanguage'

interface Props {
  locale: Locale
  label: string
  /** The same page in another locale. */
  pathFor: (locale: Locale) => string
}

const menuId = 'language-menu'

/**
 * A button showing the page's language, which opens the list of every
 * language as links to this page in it, each named in its own language (a
 * native popover: it works without JavaScript, closes with Esc or a press
 * outside, and Tab from the button enters it). The current language is
 * marked, and takes focus when the list opens.
 */
export default function LanguageMenu({ locale, label, pathFor }: Props) {
  return (
    <>
      <button
        type="button"
        className="tool-button language-button"
        popoverTarget={menuId}
        aria-label={`${label}: ${localeInfo[locale].endonym}`}
      >
        <GlobeIcon />
        <span className="tool-label" lang={localeInfo[locale].lang}>
          {localeInfo[locale].endonym}
        </span>
      </button>
      <nav id={menuId} popover="auto" className="menu languages" aria-label={label}>
        <ul>
          {locales.map((other) => (
            <li key={other}>
              <a
                href={pathFor(other)}
                hrefLang={localeInfo[other].lang}
                lang={localeInfo[other].lang}
                aria-current={other === locale ? 'page' : undefined}
                // biome-ignore lint/a11y/noAutofocus: a popover focuses its autofocus element when it opens (not on load): the current language
                autoFocus={other === locale}
                {...{ [localeLinkAttribute.attribute]: other }}
              >
                {localeInfo[other].endonym}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <RememberLanguage />
    </>
  )
}
