/**
 * A message with a plural, such as "{count, plural, one {# result} other {#
 * results}} for “{query}”", as one template per plural category of a
 * language, so that a client leaf can fill it in with `Intl.PluralRules`
 * instead of shipping an ICU message formatter. The server formats the
 * message once per category (with a count of that category) and puts tokens
 * where the count and the other values went.
 */

/** Counts tried, in order, to find one of each plural category (0–200 covers every CLDR rule for whole numbers). */
const samples = Array.from({ length: 201 }, (_, count) => count)

export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>>

/**
 * @param format formats the message for a count, with `{name}` tokens for the other values (e.g. `{ query: '{query}' }`)
 * @param lang BCP 47 tag of the message's language
 */
export function pluralTemplates(format: (count: number) => string, lang: string): PluralTemplates {
  const rules = new Intl.PluralRules(lang)
  const number = new Intl.NumberFormat(lang)
  const templates: PluralTemplates = {}
  for (const category of rules.resolvedOptions().pluralCategories) {
    const count = samples.find((sample) => rules.select(sample) === category)
    if (count === undefined) continue
    templates[category] = format(count).replaceAll(number.format(count), '{count}')
  }
  return templates
}

/** The template's text for `count`, with `{count}` and the other tokens filled in. */
export function fillPluralTemplate(templates: PluralTemplates, lang: string, count: number, values: Record<string, string> = {}): string {
  const template = templates[new Intl.PluralRules(lang).select(count)] ?? templates.other ?? ''
  return Object.entries({ ...values, count: new Intl.NumberFormat(lang).format(count) }).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    template
  )
}
