import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { ElMessage, ElMessageBox, provideGlobalConfig } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles.css'
import App from './App.vue'
import { createConsoleRouter } from './router/index.js'
import { onSessionExpired } from './api/http.js'
import { useAuthStore } from './stores/auth.js'
import { registerIcons } from './icons.js'
import { labelPageSizePickers } from './components/common/paginationLabel.js'
import { focusFirstFieldOfDialogs } from './components/common/dialogFocus.js'

const app = createApp(App)
const pinia = createPinia()
const router = createConsoleRouter()
app.use(pinia)
app.use(router)
// Components come in per screen (see vite.config.js); the Chinese locale is provided to the whole app, and the
// message functions take the app's context so their boxes speak Chinese too.
provideGlobalConfig({ locale: zhCn }, app, true)
app.use(ElMessage)
app.use(ElMessageBox)
registerIcons(app)

// An ended session sends the editor to the login page and back to where they were; the form they were
// editing is already in a local draft (see domain/drafts.js) and comes back with them.
onSessionExpired(() => {
  const auth = useAuthStore(pinia)
  if (!auth.user || router.currentRoute.value.name === 'login') {
    return
  }
  auth.sessionExpired()
  router.push({ name: 'login', query: { redirect: router.currentRoute.value.fullPath, expired: '1' } })
})

app.mount('#app')
labelPageSizePickers()
focusFirstFieldOfDialogs()
