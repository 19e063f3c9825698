import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useColumnSettings } from './useColumnSettings.js'

const OPTIONAL = [
  { key: 'thumbnail', label: '缩略图' },
  { key: 'author', label: '作者' },
  { key: 'tags', label: '标签' },
]

describe('useColumnSettings', () => {
  beforeEach(() => localStorage.clear())

  it('shows every optional column at first', () => {
    const columns = useColumnSettings('contents-audio', OPTIONAL)
    expect(columns.shown.value).toEqual(['thumbnail', 'author', 'tags'])
    expect(columns.isShown('author')).toBe(true)
  })

  it('remembers hidden columns for the same list only', async () => {
    useColumnSettings('contents-audio', OPTIONAL).shown.value = ['thumbnail']
    await nextTick()

    expect(useColumnSettings('contents-audio', OPTIONAL).isShown('author')).toBe(false)
    expect(useColumnSettings('contents-poster', OPTIONAL).isShown('author')).toBe(true)
  })

  it('ignores a stored value it cannot read', () => {
    localStorage.setItem('wenming:columns:users', '{not json')
    expect(useColumnSettings('users', OPTIONAL).shown.value).toHaveLength(3)
  })
})
