import { describe, expect, it } from 'vitest'
import { makeKeyboardToolbar } from './toolbarKeys.js'

function toolbar() {
  const root = document.createElement('div')
  root.innerHTML = ['加粗', '斜体', '下划线'].map((t) => `<div><button type="button" data-tooltip="${t}"><svg></svg></button></div>`).join('')
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
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['加粗', '斜体', '下划线'])
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1])
  })

  it('moves with the arrow keys, wrapping around, and Home and End', () => {
    const { buttons } = toolbar()
    buttons[0].focus()
    press(buttons[0], 'ArrowRight')
    expect(document.activeElement).toBe(buttons[1])
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1])
    press(buttons[1], 'End')
    expect(document.activeElement).toBe(buttons[2])
    press(buttons[2], 'ArrowRight')
    expect(document.activeElement).toBe(buttons[0])
    press(buttons[0], 'ArrowLeft')
    expect(document.activeElement).toBe(buttons[2])
    press(buttons[2], 'Home')
    expect(document.activeElement).toBe(buttons[0])
  })
})
