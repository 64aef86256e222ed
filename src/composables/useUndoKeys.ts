/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; ⌘ on a Mac) as undo and redo of the case. Not while the person
 * is typing in a field: there the browser's own undo of the text applies. The window is injectable
 * for tests; the listener goes when the calling scope ends.
 */
import { onScopeDispose } from 'vue'

/** True when a key press belongs to a text field (a text input, textarea or editable content), where the browser's own undo applies. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  if (element instanceof HTMLTextAreaElement) return true
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type)
  }
  return false
}

/** Which history step a key press asks for, if any. */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return undefined
}

export function useUndoKeys(options: { undo: () => void; redo: () => void; window?: Window }) {
  const win = options.window ?? window
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target)) return
    const step = historyKey(event)
    if (!step) return
    event.preventDefault()
    if (step === 'undo') options.undo()
    else options.redo()
  }
  win.addEventListener('keydown', onKeyDown)
  onScopeDispose(() => win.removeEventListener('keydown', onKeyDown))
}
