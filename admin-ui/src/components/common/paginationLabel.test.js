import { describe, expect, it } from 'vitest'
import { labelPageSizePickers } from './paginationLabel.js'

describe('labelPageSizePickers', () => {
  it('names the page-size picker of a pagination that appears later, and no other select', async () => {
    const root = document.createElement('div')
    document.body.append(root)
    labelPageSizePickers(root)
    root.innerHTML =
      '<div class="el-pagination"><input class="el-select__input"></div><input class="el-select__input" id="other">'
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(root.querySelector('.el-pagination input').getAttribute('aria-label')).toBe('每页条数')
    expect(root.querySelector('#other').hasAttribute('aria-label')).toBe(false)
  })
})
