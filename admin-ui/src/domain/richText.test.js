// @vitest-environment jsdom
// DOMPurify needs a complete DOM (happy-dom lets scripts and handlers through it).
import { describe, expect, it } from 'vitest'
import { sanitizeRichText } from './richText.js'

describe('sanitizeRichText', () => {
  it('keeps what the server allows: headings, lists, figures, images and style attributes', () => {
    const html =
      '<h3>标题</h3><ul><li>一</li></ul><figure><img src="/media/a.jpg" alt="图"><figcaption>说明</figcaption></figure><span style="color: red">红</span>'
    expect(sanitizeRichText(html)).toBe(html)
  })

  it('removes scripts, handlers, javascript: links, frames and forms', () => {
    const cleaned = sanitizeRichText(
      '<p onclick="x()">a</p><script>x()</script><a href="javascript:x()">b</a><iframe src="//e"></iframe><form><input></form>',
    )
    expect(cleaned).toBe('<p>a</p><a>b</a>')
  })

  it('turns nothing into an empty string', () => {
    expect(sanitizeRichText(null)).toBe('')
  })
})
