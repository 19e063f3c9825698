import { beforeEach, describe, expect, it } from 'vitest'
import { clearDraft, differs, draftKey, loadDraft, saveDraft } from './drafts.js'

describe('local drafts', () => {
  beforeEach(() => localStorage.clear())

  it('keys drafts by user and item, or by user and kind for new items', () => {
    expect(draftKey(7, 'AUDIO', 42)).toBe('wenming:draft:7:item-42')
    expect(draftKey(7, 'AUDIO', null)).toBe('wenming:draft:7:new-AUDIO')
  })

  it('keeps the fields with the version they were based on until cleared', () => {
    const key = draftKey(1, 'POSTER', 5)
    saveDraft(key, { title: '金句' }, 3, new Date('2026-11-29T08:00:00Z'))

    expect(loadDraft(key)).toEqual({ fields: { title: '金句' }, baseVersion: 3, savedAt: '2026-11-29T08:00:00.000Z' })
    clearDraft(key)
    expect(loadDraft(key)).toBeNull()
  })

  it('ignores unreadable entries', () => {
    localStorage.setItem('wenming:draft:1:item-1', '{not json')
    expect(loadDraft('wenming:draft:1:item-1')).toBeNull()
  })

  it('treats empty texts, empty lists and an empty editor body as nothing typed', () => {
    expect(
      differs(
        { title: 'a', summary: '', tags: [], body: '<p><br></p>' },
        { title: 'a', summary: null, tags: null, body: null },
      ),
    ).toBe(false)
    expect(differs({ title: 'a' }, { title: 'b' })).toBe(true)
    expect(differs({ tags: ['x'] }, { tags: [] })).toBe(true)
  })
})
