import { describe, expect, it } from 'vitest'
import { letTabLeave, makeKeyboardToolbar } from './toolbarKeys.js'

function toolbar() {
  const root = document.createElement('div')
  root.innerHTML =
    ['加粗', '斜体', '下划线']
      .map((t) => `<div><button type="button" data-tooltip="${t}"><svg></svg></button></div>`)
      .join('') +
    '<div><button type="button" data-menu-key="group-justify"><svg></svg></button></div><div><button type="button" data-tooltip="标题">正文</button></div>'
  document.body.append(root)
  makeKeyboardToolbar(root, '正文格式')
  return { root, buttons: [...root.querySelectorAll('button')] }
}

const press = (el, key) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))

describe('makeKeyboardToolbar', () => {
  it('names each icon button by its tooltip and leaves one Tab stop', () => {
    const { root, buttons } = toolbar()
    expect(root.getAttribute('role')).toBe('toolbar')
    expect(root.getAttribute('aria-label')).toBe('正文格式')
    // A button showing its text ("正文") is named by it: a different label would not match what is seen.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['加粗', '斜体', '下划线', '对齐', null])
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1])
  })

  it('moves with the arrow keys, wrapping around, and Home and End', () => {
    const { buttons } = toolbar()
    buttons[0].focus()
    press(buttons[0], 'ArrowRight')
    expect(document.activeElement).toBe(buttons[1])
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1, -1])
    press(buttons[1], 'End')
    expect(document.activeElement).toBe(buttons[4])
    press(buttons[4], 'ArrowRight')
    expect(document.activeElement).toBe(buttons[0])
    press(buttons[0], 'ArrowLeft')
    expect(document.activeElement).toBe(buttons[4])
    press(buttons[4], 'Home')
    expect(document.activeElement).toBe(buttons[0])
  })

  it('gives back a select its own text as its name once it shows one, and tells a greyed-out menu is disabled', async () => {
    const root = document.createElement('div')
    root.innerHTML =
      '<button type="button" data-tooltip="标题"></button><button type="button" data-tooltip="加粗" class="disabled"></button>'
    document.body.append(root)
    makeKeyboardToolbar(root, '正文格式')
    const [select, bold] = root.querySelectorAll('button')
    expect(select.getAttribute('aria-label')).toBe('标题')
    expect(bold.getAttribute('aria-disabled')).toBe('true')
    select.textContent = '正文'
    bold.classList.remove('disabled')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(select.hasAttribute('aria-label')).toBe(false)
    expect(bold.getAttribute('aria-disabled')).toBe('false')
  })
})

describe('letTabLeave', () => {
  it("keeps Tab and Shift+Tab from the text's own handler and lets the browser move the focus", () => {
    const root = document.createElement('div')
    root.innerHTML = '<div contenteditable="true"></div>'
    document.body.append(root)
    const text = root.firstChild
    const indents = []
    text.addEventListener('keydown', (event) => {
      indents.push(event.key)
      event.preventDefault()
    })
    letTabLeave(root)
    const tab = (options) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, ...options })
      text.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(tab({})).toBe(false)
    expect(tab({ shiftKey: true })).toBe(false)
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    expect(indents).toEqual(['a'])
  })
})
