import { describe, expect, it } from 'vitest'
import { blockUnitName, isBlockUnitName, parseTextId, parseUnitId, textId, unitId } from '@/lib/translations/translation-units'

describe('XLIFF ids', () => {
  it('builds ids as written down by hand', () => {
    expect(textId('essay', 'notes')).toBe('essay.notes')
    expect(unitId({ name: blockUnitName(2), hash: '37ebb4c7' })).toBe('block-3.37ebb4c7')
  })

  it('reads back what it builds', () => {
    expect(parseTextId(textId('term', 'lender-of-last-resort'))).toEqual({ kind: 'term', id: 'lender-of-last-resort' })
    expect(parseUnitId(unitId({ name: 'title', hash: 'e2633f65' }))).toEqual({ name: 'title', hash: 'e2633f65' })
    expect(isBlockUnitName(blockUnitName(0))).toBe(true)
    expect(isBlockUnitName('title')).toBe(false)
  })

  it('refuses what it does not build', () => {
    expect(parseTextId('page.notes')).toBeUndefined()
    expect(parseUnitId('block-3')).toBeUndefined()
    expect(parseUnitId('block-3.XYZ')).toBeUndefined()
  })
})
