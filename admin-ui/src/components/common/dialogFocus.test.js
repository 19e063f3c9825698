import { beforeAll, describe, expect, it } from 'vitest'
import { focusFirstFieldOfDialogs } from './dialogFocus.js'

describe('focusFirstFieldOfDialogs', () => {
  beforeAll(() => focusFirstFieldOfDialogs(document))

  function dialog(body) {
    const root = document.createElement('div')
    root.innerHTML = `<button id="outside">打开</button><div class="el-dialog" tabindex="-1">
      <header><button class="el-dialog__headerbtn">关闭</button></header><div class="el-dialog__body">${body}</div></div>`
    document.body.replaceChildren(root)
    return root.querySelector('.el-dialog')
  }

  it('moves the focus an opening dialog gives its box to the first field that can be typed in', () => {
    const box = dialog('<input id="off" disabled><input id="name"><textarea id="note"></textarea>')
    document.getElementById('outside').focus()
    box.focus()
    expect(document.activeElement.id).toBe('name')
  })

  it('leaves the box focused when it has no field, or when the focus comes from inside it', () => {
    const empty = dialog('<p>节目单</p>')
    document.getElementById('outside').focus()
    empty.focus()
    expect(document.activeElement).toBe(empty)
    const box = dialog('<input id="name"><input id="second">')
    document.getElementById('second').focus()
    box.focus()
    expect(document.activeElement).toBe(box)
  })
})
