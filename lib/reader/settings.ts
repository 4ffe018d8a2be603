/**
 * The reader's settings and own glossary: kept in the browser only
 * (localStorage; no cookie, nothing sent), applied before the first paint by a
 * small inline script in the page's head (so nothing flickers), and read by
 * the CSS and the client leaves. Without JavaScript every setting keeps its
 * first value and every term is marked. Dependency-free: client leaves import it.
 */
import { annotationClass, annotationSelector, dataAttribute, termAttribute } from '@/lib/annotate/markup'
import { readList, store } from './storage'

export interface ReaderSetting<Value extends string = string> {
  /** localStorage key. */
  key: string
  /** The attribute on `<html>` that holds the value. */
  attribute: string
  values: readonly Value[]
  /** The value before the reader chooses, and without JavaScript. */
  initial: Value
}

function setting<const Value extends string>(name: string, values: readonly Value[], initial: Value): ReaderSetting<Value> {
  return { key: name, attribute: dataAttribute(name).attribute, values, initial }
}

/**
 * How often terms are marked in the text: the first time in each section
 * (repeats marked quietly), every time alike, or never (terms read as plain
 * text and open no card).
 */
export const markingSetting = setting('marking', ['first', 'every', 'never'], 'first')

/** Whether the authors' readings show above foreign-script phrases (ruby). */
export const readingsSetting = setting('readings', ['off', 'on'], 'off')

export const readerSettings: readonly ReaderSetting[] = [markingSetting, readingsSetting]

/** A setting's value as the page shows it now. */
export function currentValue<Value extends string>(setting: ReaderSetting<Value>): Value {
  const value = document.documentElement.getAttribute(setting.attribute)
  return setting.values.includes(value as Value) ? (value as Value) : setting.initial
}

/** Applies a value to the page and remembers it. */
export function chooseValue<Value extends string>(setting: ReaderSetting<Value>, value: Value) {
  document.documentElement.setAttribute(setting.attribute, value)
  store(setting.key, value)
  // Only how often terms are marked changes which are plain text.
  if (setting.key === markingSetting.key) showTermsAsPlain()
}

/** localStorage key of the ids of the terms the reader knows. */
export const knownTermsKey = 'known-terms'

/** The terms the reader said they know: not marked anywhere, and opening no card. */
export function knownTerms(): Set<string> {
  return new Set(readList<string>(knownTermsKey).filter((id) => typeof id === 'string'))
}

export function setKnown(termIds: Iterable<string>, known: boolean) {
  const ids = knownTerms()
  for (const id of termIds) {
    if (known) ids.add(id)
    else ids.delete(id)
  }
  store(knownTermsKey, JSON.stringify([...ids]))
  showTermsAsPlain()
}

/** Whether an annotation is marked now: not while the reader has marking off, nor for a term they know. */
export function isMarked(annotation: Element, known: ReadonlySet<string> = knownTerms()): boolean {
  return currentValue(markingSetting) !== 'never' && !known.has(annotation.getAttribute(termAttribute.attribute) ?? '')
}

/** What the rule that shows unmarked terms as plain text is written with: its style element's id, and names from lib/annotate/markup. */
const plainStyleNames = {
  styleId: 'plain-terms',
  markingAttribute: markingSetting.attribute,
  annotation: `a.${annotationClass}`,
  termAttribute: termAttribute.attribute
}

/**
 * Shows the terms that are not marked now as plain text (the CSS of known
 * terms is written here, from their ids; that of "never" too, so that both
 * share one rule), and takes them out of the Tab order.
 */
export function showTermsAsPlain() {
  const known = knownTerms()
  applyPlainStyle(document, [...known], plainStyleNames)
  for (const annotation of document.querySelectorAll(annotationSelector)) {
    if (isMarked(annotation, known)) annotation.removeAttribute('tabindex')
    else annotation.setAttribute('tabindex', '-1')
  }
}

// Stryker disable all: this function and applyStoredSettings are written into the head script as source text
// (Function.prototype.toString), where a mutation tool's instrumentation would not be defined; tests/unit/reader-settings.test.ts runs them.
/**
 * Writes the rule that shows unmarked terms as plain text into the page's
 * head. Self-contained: the head script runs it too, before the body exists.
 */
function applyPlainStyle(page: Document, known: readonly string[], names: typeof plainStyleNames) {
  const { styleId, markingAttribute, annotation, termAttribute } = names
  const selectors = [
    `html[${markingAttribute}="never"] ${annotation}`,
    ...known.map((id) => `${annotation}[${termAttribute}="${CSS.escape(id)}"]`)
  ]
  let style = page.getElementById(styleId)
  if (!style) {
    style = page.createElement('style')
    style.id = styleId
    page.head.append(style)
  }
  style.textContent = `:is(${selectors.join(',')}){text-decoration:none;cursor:text;pointer-events:none;background:none;color:inherit}`
}

/** Sets every setting's attribute and the plain terms' rule from storage; runs in the page's head, before the body is parsed. */
function applyStoredSettings(
  settings: readonly ReaderSetting[],
  knownKey: string,
  names: typeof plainStyleNames,
  plainStyle: typeof applyPlainStyle
) {
  let known: string[] = []
  for (const { key, attribute, values, initial } of settings) {
    let stored: string | null = null
    try {
      stored = localStorage.getItem(key)
    } catch {
      // No storage: the first value.
    }
    document.documentElement.setAttribute(attribute, stored !== null && values.includes(stored) ? stored : initial)
  }
  try {
    const list = JSON.parse(localStorage.getItem(knownKey) ?? '[]')
    if (Array.isArray(list)) known = list.filter((id) => typeof id === 'string')
  } catch {
    // Nothing known.
  }
  plainStyle(document, known, names)
}

// Stryker restore all

/** The source of the inline script that applies the stored settings before the first paint. */
export const applySettingsScript = `(${applyStoredSettings})(${[readerSettings, knownTermsKey, plainStyleNames]
  .map((value) => JSON.stringify(value))
  .join(',')},${applyPlainStyle})`
