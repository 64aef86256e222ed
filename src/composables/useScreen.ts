/**
 * Which screen is shown, kept in the URL fragment (`#/coverage`) so the back button and bookmarks
 * work on any plain web server. The window is injectable for tests.
 */
import { onScopeDispose, ref } from 'vue'

export function screenFromHash(hash: string, known: readonly string[], fallback: string): string {
  const id = hash.replace(/^#\/?/, '').split(/[?&/]/)[0] ?? ''
  return known.includes(id) ? id : fallback
}

export function useScreen(options: { screens: readonly string[]; fallback: string; window?: Window }) {
  const win = options.window ?? window
  const current = ref(screenFromHash(win.location.hash, options.screens, options.fallback))
  const onHashChange = () => {
    current.value = screenFromHash(win.location.hash, options.screens, options.fallback)
  }
  win.addEventListener('hashchange', onHashChange)
  onScopeDispose(() => win.removeEventListener('hashchange', onHashChange))

  function go(id: string) {
    win.location.hash = `#/${id}`
  }
  return { current, go }
}
