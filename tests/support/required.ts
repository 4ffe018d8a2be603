/**
 * A value the test (or audit) knows is there: a map or list lookup, an
 * attribute, a process id. Returns it, or throws an error naming what was
 * missing, so that a broken assumption fails loudly where it is made.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, but there is none`)
  return value
}
