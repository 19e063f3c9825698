import { ElMessage } from 'element-plus'

/** How long a toast stays: long enough to read one sentence, short enough not to outlive what it reports. */
export const TOAST_MS = 3000

/**
 * The console's short notices. One at a time (a success replaces the error before it), near the bottom of the
 * window above the editor's action bar, so they never cover the page header and its status, and gone when
 * the editor moves to another screen (see router/index.js). Problems of a form or a field are shown there.
 */
function show(type, message) {
  ElMessage.closeAll()
  return ElMessage({
    type,
    message,
    duration: TOAST_MS,
    placement: 'bottom',
    offset: 72,
    showClose: type === 'error' || type === 'warning',
    grouping: true,
  })
}

export const toast = {
  success: (message) => show('success', message),
  info: (message) => show('info', message),
  warning: (message) => show('warning', message),
  error: (message) => show('error', message),
  /** Removes every notice, as when the editor leaves the screen they were about. */
  clear: () => ElMessage.closeAll(),
}
