/**
 * The reader's settings: kept in the browser only (localStorage; no cookie,
 * nothing sent), applied as attributes on `<html>` before the first paint by
 * a small inline script (so nothing flickers), and read there by the CSS and
 * the client leaves. Without JavaScript every setting keeps its first value.
 * Dependency-free: client leaves import it.
 */
import { dataAttribute } from '@/lib/annotate/markup'

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

/** Whether terms are marked in the text and open cards at all. */
export const annotationsSetting = setting('annotations', ['on', 'off'], 'on')

export const readerSettings: readonly ReaderSetting[] = [annotationsSetting]

/** A setting's value as the page shows it now. */
export function currentValue<Value extends string>(setting: ReaderSetting<Value>): Value {
  const value = document.documentElement.getAttribute(setting.attribute)
  return setting.values.includes(value as Value) ? (value as Value) : setting.initial
}

/** Applies a value to the page and remembers it; without storage (private modes) it lasts for this page. */
export function chooseValue<Value extends string>(setting: ReaderSetting<Value>, value: Value) {
  document.documentElement.setAttribute(setting.attribute, value)
  try {
    localStorage.setItem(setting.key, value)
  } catch {
    // The choice then lasts for this page.
  }
}

/** Sets every setting's attribute from storage; runs in the page's `<head>`, before the body is parsed. */
function applyStoredSettings(settings: readonly ReaderSetting[]) {
  for (const { key, attribute, values, initial } of settings) {
    let stored: string | null = null
    try {
      stored = localStorage.getItem(key)
    } catch {
      // No storage: the first value.
    }
    document.documentElement.setAttribute(attribute, stored !== null && values.includes(stored) ? stored : initial)
  }
}

/** The source of the inline script that applies the stored settings before the first paint. */
export const applySettingsScript = `(${applyStoredSettings.toString()})(${JSON.stringify(readerSettings)})`
