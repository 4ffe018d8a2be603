/** BCP 47 language tags: the one place that parses them. */

/** `zh-Hans` → `zh`: the language without script or region, lowercased. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase()
}

/** Whether two tags name the same language, whatever their script or region. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && primaryLanguage(a) === primaryLanguage(b)
}

/** The tag of a language written in Latin letters (`zh-Hans` → `zh-Latn`), for romanizations. */
export function latinScriptOf(tag: string): string {
  return `${primaryLanguage(tag)}-Latn`
}

export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
