import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadValidator } from './engine'
import { createAppI18n } from './i18n'
import { useLibraryStore } from './stores/library'
import './styles.css'

// The validator is needed before the first screen: the library store checks the case it opens
// (saved or shipped) and every edit through it. It is a chunk of its own (src/engine/validator.ts), so
// it loads beside the first screen rather than inside it.
await loadValidator()

const pinia = createPinia()
const app = createApp(App).use(pinia).use(createAppI18n('sv'))
// Open the last saved case (or the shipped one) and save every change from now on.
useLibraryStore(pinia).start()
app.mount('#app')
