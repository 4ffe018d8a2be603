import { notFound } from 'next/navigation'
import { locales } from '@/lib/i18n/locales'

// Any path under a locale that no route matches gets the localised 404 page.
// `/<locale>/404` is prerendered too, so that the static export has one
// localised 404 file per locale for static hosts to serve.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale, rest: ['404'] }))
}

export const dynamicParams = false

export default function CatchAll() {
  notFound()
}
