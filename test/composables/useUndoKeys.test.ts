// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { historyKey, isTypingTarget, useUndoKeys } from '~/composables/useUndoKeys'

/** Ctrl+Z / Ctrl+Shift+Z: the case's undo outside text fields, the browser's own inside them. */
describe('useUndoKeys', () => {
  it.each([
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'z', metaKey: true }, 'undo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: 'z' }, undefined],
    [{ key: 'z', ctrlKey: true, altKey: true }, undefined],
    [{ key: 'a', ctrlKey: true }, undefined],
  ])('reads %o as %s', (event, step) => {
    expect(historyKey({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...event })).toBe(step)
  })

  it('treats text inputs, text areas and editable content as typing, but not buttons, checkboxes or selects', () => {
    const make = (html: string) => {
      const div = document.createElement('div')
      div.innerHTML = html
      return div.firstElementChild
    }
    expect(isTypingTarget(make('<input type="text">'))).toBe(true)
    expect(isTypingTarget(make('<input>'))).toBe(true)
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTypingTarget(make('<select></select>'))).toBe(false)
    expect(isTypingTarget(make('<div contenteditable="true">x</div>'))).toBe(true)
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false)
    expect(isTypingTarget(make('<button>x</button>'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })

  it('undoes and redoes on the keys outside fields, leaves typing alone, and stops listening when its scope ends', () => {
    const undo = vi.fn()
    const redo = vi.fn()
    const scope = effectScope()
    scope.run(() => useUndoKeys({ undo, redo }))
    const button = document.createElement('button')
    const input = document.createElement('input')
    document.body.append(button, input)

    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true }))
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    expect(undo).toHaveBeenCalledTimes(1)
    expect(redo).toHaveBeenCalledTimes(1)

    scope.stop()
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    expect(undo).toHaveBeenCalledTimes(1)
    button.remove()
    input.remove()
  })
})
