import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadValidator } from './engine'
import { createAppI18n } from './i18n'
import { useLibraryStore } from './stores/library'
import './styles.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(createAppI18n('sv'))
const library = useLibraryStore(pinia)
// The validator (a chunk of its own, src/engine/model/validator.ts) is needed to read saved work, so a
// returning visit waits for it. A first visit shows the shipped case, checked when the app was built,
// without it: it loads beside the first screen, and the first save and any early edit wait for it
// (docs/decisions/0013).
const validator = loadValidator()
if (library.hasSavedWork()) await validator
// Open the last saved case (or the shipped one) and save every change from now on.
library.start()
app.mount('#app')
