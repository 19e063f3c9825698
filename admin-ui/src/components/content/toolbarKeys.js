/**
 * Makes a rich-text toolbar one stop on the Tab path (the ARIA toolbar pattern): the buttons are named by
 * their tooltips, only one of them is tabbable, and the arrow keys, Home and End move between them.
 */
export function makeKeyboardToolbar(root, label) {
  root.setAttribute('role', 'toolbar')
  root.setAttribute('aria-label', label)
  const buttons = () => [...root.querySelectorAll('button')].filter((b) => !b.disabled)
  for (const [index, button] of [...root.querySelectorAll('button')].entries()) {
    const name = button.getAttribute('data-tooltip') || button.textContent.trim()
    if (name && !button.getAttribute('aria-label')) {
      button.setAttribute('aria-label', name)
    }
    button.tabIndex = index === 0 ? 0 : -1
  }
  root.addEventListener('keydown', (event) => {
    const all = buttons()
    const current = all.indexOf(document.activeElement)
    if (current < 0) {
      return
    }
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: all.length - 1 }[event.key]
    if (next === undefined) {
      return
    }
    event.preventDefault()
    const target = all[(next + all.length) % all.length]
    all[current].tabIndex = -1
    target.tabIndex = 0
    target.focus()
  })
}
