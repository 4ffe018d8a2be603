import { getPublication } from '@/app/_content/publication'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { exportPlaceholder } from '@/lib/site/build-paths.mjs'

/**
 * What a dynamic route under `[locale]` prerenders. With `output: 'export'`,
 * Next stops the build when such a route has nothing to prerender
 * (vercel/next.js#61213), which a real publication meets: a single page of
 * essays, no translations to compare yet, no subjects. There the route
 * prerenders one placeholder instead, whose page is a 404.
 */
export function staticParams<Segment extends string>(
  params: ({ locale: string } & Record<Segment, string>)[],
  segments: readonly Segment[]
): ({ locale: string } & Record<Segment, string>)[] {
  if (params.length > 0 || !process.env.STATIC_EXPORT) return params
  const placeholder = Object.fromEntries(segments.map((segment) => [segment, exportPlaceholder])) as Record<Segment, string>
  return [{ locale: defaultLocale, ...placeholder }]
}

/** Every essay in every locale: the essay pages and their cards fragments. */
export function essayStaticParams() {
  return staticParams(
    locales.flatMap((locale) => getPublication().essays.map(({ slug }) => ({ locale, slug }))),
    ['slug']
  )
}
