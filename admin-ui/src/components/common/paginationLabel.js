/**
 * Element Plus leaves the page-size picker of its pagination without a name, so a screen reader announces an
 * unnamed combobox; every pagination on any screen gets "每页条数" as it appears.
 */
export function labelPageSizePickers(root = document.body) {
  const label = () => {
    for (const input of root.querySelectorAll('.el-pagination .el-select__input:not([aria-label])')) {
      input.setAttribute('aria-label', '每页条数')
    }
  }
  label()
  new MutationObserver(label).observe(root, { childList: true, subtree: true })
}
