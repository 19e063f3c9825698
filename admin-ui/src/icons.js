import {
  ArrowDown,
  ArrowUp,
  Calendar,
  CopyDocument,
  DataAnalysis,
  Delete,
  Document,
  Download,
  Microphone,
  Plus,
  Rank,
  Refresh,
  Search,
  Setting,
  Stamp,
  User,
  Lock,
  Headset,
  Picture,
  Warning,
} from '@element-plus/icons-vue'

/** The icons the console uses, registered by name so templates can write <Calendar />. */
export function registerIcons(app) {
  const icons = {
    ArrowDown,
    ArrowUp,
    Calendar,
    CopyDocument,
    DataAnalysis,
    Delete,
    Document,
    Download,
    Microphone,
    Plus,
    Rank,
    Refresh,
    Search,
    Setting,
    Stamp,
    User,
    Lock,
    Headset,
    Picture,
    Warning,
  }
  for (const [name, component] of Object.entries(icons)) {
    app.component(name, component)
  }
}
