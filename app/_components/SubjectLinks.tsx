import { getPublication } from '@/app/_content/publication'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { subjectPath } from '@/lib/site/paths.mjs'

/** Links to subject pages, each labelled in the page's language (or, until translated, its fallback's). */
export default function SubjectLinks({ ids, locale }: { ids: readonly string[]; locale: Locale }) {
  if (ids.length === 0) return null
  const { subjects } = getPublication()
  return (
    <span className="subjects">
      {ids.flatMap((id) => {
        const label = subjects.get(id)?.label(locale)
        if (!label) return []
        return (
          <a key={id} href={subjectPath(locale, id)} lang={label.isFallback ? localeInfo[label.locale].lang : undefined}>
            {label.value}
          </a>
        )
      })}
    </span>
  )
}
