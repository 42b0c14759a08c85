import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/index.css'
import App from './App.vue'
import { configureClient } from './api/client'
import { vPermission } from './directives/permission'
import { i18n } from './locales'
import { createAppRouter } from './router'
import { unauthorizedHandler } from './router/guards'
import { usePreferencesStore } from './stores/preferences'
import { useSessionStore } from './stores/session'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)
const router = createAppRouter()
app.use(router)
app.directive('permission', vPermission)

const session = useSessionStore()
const preferences = usePreferencesStore()
configureClient({
  csrfToken: () => session.csrfToken,
  locale: () => preferences.locale,
  onUnauthorized: unauthorizedHandler(router),
})

app.mount('#app')
