import { Calendar, DataAnalysis, Document, Microphone, Plus, Refresh, Search, Setting, Stamp, User, Lock, Headset, Picture, Warning } from '@element-plus/icons-vue'

/** The icons the console uses, registered by name so templates can write <Calendar />. */
export function registerIcons(app) {
  const icons = { Calendar, DataAnalysis, Document, Microphone, Plus, Refresh, Search, Setting, Stamp, User, Lock, Headset, Picture, Warning }
  for (const [name, component] of Object.entries(icons)) {
    app.component(name, component)
  }
}
