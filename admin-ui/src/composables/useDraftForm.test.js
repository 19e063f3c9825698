import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useDraftForm } from './useDraftForm.js'
import { loadDraft, saveDraft } from '../domain/drafts.js'

const KEY = 'wenming:draft:1:item-9'
const server = { kind: 'AUDIO', title: '原标题', summary: null, tags: [] }

describe('useDraftForm', () => {
  beforeEach(() => localStorage.clear())

  it('starts clean and copies every change to the local draft at once', async () => {
    const draft = useDraftForm()
    draft.start(KEY, server, 3)
    expect(draft.dirty.value).toBe(false)

    draft.form.value.title = '新标题'

    expect(draft.dirty.value).toBe(true)
    expect(loadDraft(KEY)).toMatchObject({ fields: { title: '新标题' }, baseVersion: 3 })
  })

  it('clears the draft when the editor types the saved text back', async () => {
    const draft = useDraftForm()
    draft.start(KEY, server, 3)
    draft.form.value.title = '新标题'
    draft.form.value.title = '原标题'
    await nextTick()
    expect(loadDraft(KEY)).toBeNull()
  })

  it('puts a differing local draft back into the form and says when it was written', () => {
    saveDraft(KEY, { ...server, title: '登录过期前的修改' }, 3, new Date('2026-11-29T08:00:00Z'))
    const draft = useDraftForm()

    draft.start(KEY, server, 3)

    expect(draft.form.value.title).toBe('登录过期前的修改')
    expect(draft.dirty.value).toBe(true)
    expect(draft.restoredAt.value).toBe('2026-11-29T08:00:00.000Z')
  })

  it('ignores a draft of another kind or one equal to the server', () => {
    saveDraft(KEY, { ...server, kind: 'POSTER', title: 'x' }, 1)
    const draft = useDraftForm()
    draft.start(KEY, server, 3)
    expect(draft.form.value.title).toBe('原标题')
    expect(draft.restoredAt.value).toBeNull()
  })

  it('forgets the draft once the server has the fields, under the item key of a new item', () => {
    const newKey = 'wenming:draft:1:new-AUDIO'
    const draft = useDraftForm()
    draft.start(newKey, server, null)
    draft.form.value.title = '新建的音频'
    expect(loadDraft(newKey)).not.toBeNull()

    draft.saved({ ...server, title: '新建的音频' }, 1, KEY)

    expect(loadDraft(newKey)).toBeNull()
    expect(draft.dirty.value).toBe(false)
    draft.form.value.summary = '再改一下'
    expect(loadDraft(KEY).fields.summary).toBe('再改一下')
  })

  it('discards local changes back to the saved fields', () => {
    const draft = useDraftForm()
    draft.start(KEY, server, 3)
    draft.form.value.title = '不要了'
    draft.discard()
    expect(draft.form.value.title).toBe('原标题')
    expect(loadDraft(KEY)).toBeNull()
  })
})
