// @vitest-environment happy-dom
// Moving a pinned card (app/_components/cards/move.ts): the primary button
// only, the pointer that started the move alone, and an end however it ends.
import { describe, expect, it } from 'vitest'
import { followPointer } from '@/app/_components/cards/move'

const pointer = (type: string, init: PointerEventInit) => new PointerEvent(type, { bubbles: true, cancelable: true, ...init })

function follow(start: PointerEvent) {
  const moves: [number, number][] = []
  let ends = 0
  const started = followPointer(start, { move: (x, y) => moves.push([x, y]), end: () => ends++ })
  return { started, moves, ends: () => ends }
}

describe('followPointer', () => {
  it('follows the pointer that pressed, ignores another, and ends when it is released', () => {
    const move = follow(pointer('pointerdown', { pointerId: 1, isPrimary: true, pointerType: 'mouse', button: 0 }))
    document.dispatchEvent(pointer('pointermove', { pointerId: 1, clientX: 10, clientY: 20 }))
    document.dispatchEvent(pointer('pointermove', { pointerId: 2, clientX: 99, clientY: 99 }))
    document.dispatchEvent(pointer('pointerup', { pointerId: 2 }))
    expect(move.ends()).toBe(0)
    document.dispatchEvent(pointer('pointerup', { pointerId: 1 }))
    document.dispatchEvent(pointer('pointermove', { pointerId: 1, clientX: 50, clientY: 50 }))
    expect([move.started, move.moves, move.ends()]).toEqual([true, [[10, 20]], 1])
  })

  it('ends when the browser cancels the pointer', () => {
    const move = follow(pointer('pointerdown', { pointerId: 3, isPrimary: true, pointerType: 'touch', button: 0 }))
    document.dispatchEvent(pointer('pointercancel', { pointerId: 3 }))
    document.dispatchEvent(pointer('pointermove', { pointerId: 3, clientX: 5, clientY: 5 }))
    expect([move.moves, move.ends()]).toEqual([[], 1])
  })

  it('starts no move for a secondary mouse button or a second finger', () => {
    expect(follow(pointer('pointerdown', { pointerId: 4, isPrimary: true, pointerType: 'mouse', button: 2 })).started).toBe(false)
    expect(follow(pointer('pointerdown', { pointerId: 5, isPrimary: false, pointerType: 'touch', button: 0 })).started).toBe(false)
  })
})
