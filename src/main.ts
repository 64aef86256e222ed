import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadValidator } from './engine'
import { createAppI18n } from './i18n'
import { useLibraryStore } from './stores/library'
import './styles.css'

/** Whether this browser holds saved work of the app (storage keys starting `vagval`, in either storage). */
function hasSavedWork(): boolean {
  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = window[kind]
      for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith('vagval')) return true
    } catch {
      // storage refused: there is nothing to read
    }
  }
  return false
}

// Saved work is validated as it is read, so the validator comes first then. A first visit opens the
// shipped case (checked when the app was built) and brings the validator in after the first screen,
// for the files, links and edits to come (src/engine/validator.ts).
const isReturning = hasSavedWork()
if (isReturning) await loadValidator()

const pinia = createPinia()
const app = createApp(App).use(pinia).use(createAppI18n('sv'))
// Open the last saved case (or the shipped one) and save every change from now on.
useLibraryStore(pinia).start()
app.mount('#app')
if (!isReturning) void loadValidator()
