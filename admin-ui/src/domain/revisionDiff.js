import { diffChars } from 'diff'
import { FIELD_LABELS } from './contentKinds.js'

/** Plain text of rich-text HTML, one line per block, for comparing bodies as an editor reads them. */
export function htmlToText(html) {
  if (!html) {
    return ''
  }
  return String(html)
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

function display(key, value, describe) {
  if (value === null || value === undefined || value === '') {
    return ''
  }
  if (describe && describe[key]) {
    return describe[key](value)
  }
  if (key === 'body') {
    return htmlToText(value)
  }
  if (Array.isArray(value)) {
    return value.join('、')
  }
  if (typeof value === 'boolean') {
    return value ? '是' : '否'
  }
  return String(value)
}

const IGNORED = new Set(['kind', 'version'])

/**
 * The fields that differ between two revisions, each with a character diff of its text:
 * parts are {value, added, removed} as jsdiff returns them. `describe` turns ids into names.
 */
export function diffRevisions(older, newer, describe = {}) {
  const keys = new Set([...Object.keys(older || {}), ...Object.keys(newer || {})])
  const changes = []
  for (const key of keys) {
    if (IGNORED.has(key)) {
      continue
    }
    const before = display(key, older?.[key], describe)
    const after = display(key, newer?.[key], describe)
    if (before !== after) {
      changes.push({ key, label: FIELD_LABELS[key] || key, before, after, parts: diffChars(before, after) })
    }
  }
  const order = Object.keys(FIELD_LABELS)
  return changes.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
}
