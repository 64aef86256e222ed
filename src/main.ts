import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { useLibraryStore } from './stores/library'
import './styles.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(createAppI18n('sv'))
// Open the last saved case (or the shipped one) and save every change from now on.
useLibraryStore(pinia).start()
app.mount('#app')
