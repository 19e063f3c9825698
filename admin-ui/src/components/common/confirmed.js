import { ElMessageBox } from 'element-plus'

/**
 * Asks before a step the editor may not want to take; resolves true when confirmed, false when cancelled or
 * closed (Element Plus rejects then, which is not an error).
 */
export async function confirmed(message, title, { confirmText = '确定', type = 'warning' } = {}) {
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: confirmText, cancelButtonText: '取消', type })
    return true
  } catch {
    return false
  }
}
