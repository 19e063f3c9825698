const FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])'

/**
 * Element Plus focuses an opened dialog's box itself, so a keyboard user first tabs past its close button; every
 * dialog on any screen starts instead in its first field (a dialog without fields keeps the box focused). Only
 * the focus that arrives from outside the box moves: a click on the box's blank space leaves the focus there.
 */
export function focusFirstFieldOfDialogs(root = document) {
  root.addEventListener('focusin', (event) => {
    const box = event.target
    if (!box.classList?.contains('el-dialog') || box.contains(event.relatedTarget)) {
      return
    }
    box.querySelector('.el-dialog__body')?.querySelector(FIELD)?.focus()
  })
}
