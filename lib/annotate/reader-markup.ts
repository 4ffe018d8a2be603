/**
 * What the reader's own glossary (app/_components/reader, lib/reader) and the
 * entries it reads share: the parts of a term's entry, on a card and on a
 * term page alike. Components mark elements with `marker(…)` (card-markup.ts);
 * behaviours select with `.selector`.
 */
import { dataAttribute } from './markup'

/**
 * A term's entry as the reader's own glossary reads it, on a card and on a
 * term page alike: the buttons that mark the term known or save it (their
 * value is the term id), the element around the entry, and its parts, which
 * a saved term is made of.
 */
export const termEntryParts = {
  know: dataAttribute('know-term'),
  save: dataAttribute('save-term'),
  entry: dataAttribute('term-entry'),
  name: dataAttribute('entry-name'),
  reading: dataAttribute('entry-reading'),
  meaning: dataAttribute('entry-meaning'),
  /** The page's live region, which says what a press did; its templates, with `{term}`, are in these attributes. */
  status: dataAttribute('reader-status'),
  knownMessage: dataAttribute('known-message'),
  savedMessage: dataAttribute('saved-message'),
  unknownMessage: dataAttribute('unknown-message'),
  unsavedMessage: dataAttribute('unsaved-message')
} as const
