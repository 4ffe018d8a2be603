/**
 * Moving something with a pointer, as React Aria's useMove does: only the
 * primary button of a mouse (or a touch or pen contact) starts a move; the
 * move follows the pointer that started it and no other; it ends when that
 * pointer is released or the browser cancels it (pointercancel: a gesture
 * taken over by scrolling, a palm rejected, the window losing the pointer).
 */

export interface MoveHandlers {
  /** The pointer's position, at each move. */
  move: (clientX: number, clientY: number) => void
  /** Once, when the move ends, however it ends. */
  end: () => void
}

/** Follows the pointer of `start` until it is released or cancelled; false (and nothing follows) for a press that starts no move. */
export function followPointer(start: PointerEvent, { move, end }: MoveHandlers): boolean {
  if (!start.isPrimary || (start.pointerType === 'mouse' && start.button !== 0)) return false
  const controller = new AbortController()
  const { signal } = controller
  const ours = (event: PointerEvent) => event.pointerId === start.pointerId
  start.preventDefault()
  document.addEventListener('pointermove', (event) => ours(event) && move(event.clientX, event.clientY), { signal })
  const finish = (event: PointerEvent) => {
    if (!ours(event)) return
    controller.abort()
    end()
  }
  document.addEventListener('pointerup', finish, { signal })
  document.addEventListener('pointercancel', finish, { signal })
  return true
}
