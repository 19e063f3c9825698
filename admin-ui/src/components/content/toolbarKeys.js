/** wangEditor's menu groups carry no tooltip; these are the names its Chinese UI shows for them. */
/** Marks the names this module gave, so a button that later shows its own text gets that back as its name. */
const NAMED = 'data-named-by-toolbar'

const GROUP_NAMES = { 'group-more-style': '更多文字样式', 'group-justify': '对齐', 'group-indent': '缩进' }

/**
 * Makes a rich-text toolbar one stop on the Tab path (the ARIA toolbar pattern): the buttons are named by
 * their tooltips (buttons that show their text keep it as their name), only one of them is tabbable, and the arrow keys, Home and End move between them.
 */
export function makeKeyboardToolbar(root, label) {
  root.setAttribute('role', 'toolbar')
  root.setAttribute('aria-label', label)
  const buttons = () => [...root.querySelectorAll('button')].filter((b) => !b.disabled)
  // wangEditor draws its buttons after it is created, and more of them when a menu opens: name each as it
  // comes, keeping a single Tab stop. The tooltip's first line is the name ("粗体\nctrl+b").
  const labelButtons = () => {
    const all = [...root.querySelectorAll('button')]
    const hasStop = all.some((b) => b.getAttribute('tabindex') === '0')
    for (const [index, button] of all.entries()) {
      const name = (button.getAttribute('data-tooltip') || GROUP_NAMES[button.getAttribute('data-menu-key')] || '')
        .split('\n')[0]
        .trim()
      if (button.textContent.trim()) {
        if (button.hasAttribute(NAMED)) {
          button.removeAttribute('aria-label')
          button.removeAttribute(NAMED)
        }
      } else if (name && !button.getAttribute('aria-label')) {
        button.setAttribute('aria-label', name)
        button.setAttribute(NAMED, '')
      }
      // wangEditor greys out a menu that cannot apply with a class only; say so to assistive technology too.
      const disabled = button.classList.contains('disabled')
      if (disabled !== (button.getAttribute('aria-disabled') === 'true')) {
        button.setAttribute('aria-disabled', String(disabled))
      }
      if (!button.hasAttribute('tabindex')) {
        button.tabIndex = index === 0 && !hasStop ? 0 : -1
      }
    }
  }
  labelButtons()
  new MutationObserver(labelButtons).observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
  })
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

/**
 * wangEditor turns Tab in the text into an indent, which traps a keyboard user in the editor; Tab and Shift+Tab
 * move on to the next field instead (the toolbar's 缩进 still indents). Caught on the way down to the text, so
 * wangEditor never sees them and the browser moves the focus.
 */
export function letTabLeave(root) {
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.stopPropagation()
      }
    },
    true,
  )
}
