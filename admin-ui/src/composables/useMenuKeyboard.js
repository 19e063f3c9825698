import { nextTick, onBeforeUnmount, onMounted, watch } from 'vue'

const ITEM = '[role="menuitem"]'
const GROUP = '.el-sub-menu'

/** Menu entries a reader sees: not inside a folded group (Element Plus hides one with display: none). */
function shownItems(root) {
  return [...root.querySelectorAll(ITEM)].filter((item) => {
    for (let node = item.parentElement; node && node !== root; node = node.parentElement) {
      if (node.style.display === 'none') {
        return false
      }
    }
    return true
  })
}

/** The menu is one Tab stop: this entry. */
function makeTabStop(root, stop) {
  for (const item of root.querySelectorAll(ITEM)) {
    item.setAttribute('tabindex', item === stop ? '0' : '-1')
  }
}

const isGroup = (item) => item.matches(GROUP)
const isOpen = (group) => group.classList.contains('is-opened')
const toggle = (group) => group.querySelector(':scope > .el-sub-menu__title').click()

/** Which entry a key moves to from `item`, or null when the key is not the menu's. */
function target(items, item, key) {
  const at = items.indexOf(item)
  switch (key) {
    case 'ArrowDown':
      return items[(at + 1) % items.length]
    case 'ArrowUp':
      return items[(at - 1 + items.length) % items.length]
    case 'Home':
      return items[0]
    case 'End':
      return items[items.length - 1]
    default:
      return null
  }
}

/**
 * Keyboard use of Element Plus's vertical menu, which has none (its entries are tabindex -1, Tab skips them all):
 * the menu is one Tab stop, the current screen's entry; ↑ ↓ Home End move between the entries shown; Enter or
 * Space opens an entry or folds a group; → unfolds a group and ← folds it (from inside, back to its title).
 * `menu` is a ref to the el-menu; `current` a getter whose change (the route) moves the Tab stop.
 */
export function useMenuKeyboard(menu, current) {
  const root = () => menu.value?.$el

  function resetTabStop() {
    const element = root()
    if (!element || element.contains(document.activeElement)) {
      return
    }
    const items = shownItems(element)
    makeTabStop(element, items.find((item) => item.classList.contains('is-active')) ?? items[0])
  }

  function onKeydown(event) {
    const item = event.target.closest?.(ITEM)
    if (!item || item !== event.target) {
      return
    }
    const group = isGroup(item) ? item : null
    if (event.key === 'Enter' || event.key === ' ') {
      group ? toggle(group) : item.click()
    } else if (event.key === 'ArrowRight' && group && !isOpen(group)) {
      toggle(group)
    } else if (event.key === 'ArrowLeft' && group && isOpen(group)) {
      toggle(group)
    } else if (event.key === 'ArrowLeft' && !group && item.parentElement.closest(GROUP)) {
      item.parentElement.closest(GROUP).focus()
    } else {
      const next = target(shownItems(root()), item, event.key)
      if (!next) {
        return
      }
      next.focus()
    }
    event.preventDefault()
  }

  function onFocusin(event) {
    if (event.target.matches?.(ITEM)) {
      makeTabStop(root(), event.target)
    }
  }

  onMounted(() => {
    root().addEventListener('keydown', onKeydown)
    root().addEventListener('focusin', onFocusin)
    resetTabStop()
  })
  onBeforeUnmount(() => {
    root()?.removeEventListener('keydown', onKeydown)
    root()?.removeEventListener('focusin', onFocusin)
  })
  watch(current, () => nextTick(resetTabStop))
}
