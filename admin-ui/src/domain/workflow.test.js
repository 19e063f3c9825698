import { describe, expect, it } from 'vitest'
import { availableActions, pendingNotice, readOnlyReason, restoreEffect, rowActions, savedMessage } from './workflow.js'

const editor = { id: 1, roles: ['EDITOR'] }
const reviewer = { id: 2, roles: ['REVIEWER'] }
const admin = { id: 3, roles: ['ADMIN'] }
const item = (status, extra = {}) => ({ id: 10, status, createdBy: 1, updatedBy: 1, ...extra })
const list = (set) => [...set].sort()

describe('availableActions', () => {
  it('offers only saving for a new item', () => {
    expect(list(availableActions(null, editor))).toEqual(['save'])
  })

  it('lets an editor save, submit and delete a draft, but not publish it', () => {
    expect(list(availableActions(item('DRAFT'), editor))).toEqual(['delete', 'save', 'submit'])
  })

  it('lets the author withdraw a submission and no one edit it', () => {
    const actions = availableActions(item('SUBMITTED'), editor)
    expect(list(actions)).toEqual(['withdraw'])
    expect(availableActions(item('SUBMITTED'), reviewer).has('save')).toBe(false)
  })

  it('lets another reviewer approve or reject a submission', () => {
    expect(list(availableActions(item('SUBMITTED'), reviewer))).toEqual(['approve', 'reject'])
  })

  it('never lets reviewers approve their own submission', () => {
    const own = item('SUBMITTED', { createdBy: 2, updatedBy: 2 })
    const actions = availableActions(own, reviewer)
    expect(actions.has('approve')).toBe(false)
    expect(actions.has('reject')).toBe(false)
    expect(actions.has('withdraw')).toBe(true)
  })

  it('does not offer approval to the last editor of an item', () => {
    const edited = item('SUBMITTED', { updatedBy: 2 })
    expect(availableActions(edited, reviewer).has('approve')).toBe(false)
    expect(availableActions(edited, reviewer).has('reject')).toBe(true)
  })

  it('offers publishing of approved items to reviewers and administrators only', () => {
    expect(availableActions(item('APPROVED'), editor).has('publish')).toBe(false)
    expect(availableActions(item('APPROVED'), reviewer).has('publish')).toBe(true)
    expect(availableActions(item('APPROVED'), admin).has('publish')).toBe(true)
  })

  it('offers taking published or scheduled items offline', () => {
    expect(list(availableActions(item('PUBLISHED'), reviewer))).toEqual(['offline', 'save'])
    expect(availableActions(item('SCHEDULED'), admin).has('offline')).toBe(true)
    expect(availableActions(item('PUBLISHED'), editor).size).toBe(0)
  })

  it('lets an offline item be edited, republished or deleted', () => {
    expect(list(availableActions(item('OFFLINE'), reviewer))).toEqual(['delete', 'publish', 'save'])
  })

  it('lets another reviewer approve or reject the pending edit of a published item, and its editor withdraw it', () => {
    const revised = item('PUBLISHED', { pendingRevision: { version: 7, editorId: 2, reviewStage: 0, reviewLevels: 1 } })
    const other = { id: 4, roles: ['REVIEWER'] }
    expect(list(availableActions(revised, other))).toEqual(['approve', 'offline', 'reject', 'save'])
    expect(list(availableActions(revised, reviewer))).toEqual(['offline', 'save', 'withdraw'])
    expect(availableActions(revised, admin).has('withdraw')).toBe(true)
  })

  it('offers nothing without a user', () => {
    expect(availableActions(item('DRAFT'), null).size).toBe(0)
  })
})

describe('readOnlyReason', () => {
  it('explains why a submission cannot be edited', () => {
    expect(readOnlyReason(item('SUBMITTED'), editor)).toContain('撤回')
  })

  it('explains that published items are corrected by reviewers', () => {
    expect(readOnlyReason(item('PUBLISHED'), editor)).toContain('审核员或管理员')
    expect(readOnlyReason(item('PUBLISHED'), reviewer)).toBeNull()
  })

  it('leaves new items and drafts editable', () => {
    expect(readOnlyReason(null, editor)).toBeNull()
    expect(readOnlyReason(item('REJECTED'), editor)).toBeNull()
  })
})

describe('edits of reviewed text', () => {
  it('tell the editor that an edit of a published item waits for review', () => {
    const after = item('PUBLISHED', {
      pendingRevision: { version: 7, editorName: '王审核', reviewStage: 0, reviewLevels: 2 },
    })
    expect(savedMessage(item('PUBLISHED'), after)).toBe('修改已提交审核，审核通过后替换线上版本')
    expect(pendingNotice(after)).toContain('第 1/2 级')
    expect(pendingNotice(item('PUBLISHED'))).toBeNull()
  })

  it('tell the editor that an edited approved item is reviewed again', () => {
    expect(savedMessage(item('APPROVED'), item('SUBMITTED'))).toContain('重新审核')
    expect(savedMessage(item('DRAFT'), item('DRAFT'))).toBe('已保存')
  })
})

describe('restoreEffect', () => {
  it('says that restoring a published item waits for review while the live version stays', () => {
    expect(restoreEffect('PUBLISHED')).toContain('审核通过后才替换线上版本')
    expect(restoreEffect('APPROVED')).toContain('重新审核')
    expect(restoreEffect('DRAFT')).toContain('保存为一个新版本')
  })
})

describe('rowActions', () => {
  it('offers a list row the batch actions its state and the user allow', () => {
    expect(rowActions(item('DRAFT'), editor)).toEqual(['submit', 'delete'])
    expect(rowActions(item('PUBLISHED'), editor)).toEqual([])
    expect(rowActions(item('PUBLISHED'), reviewer)).toEqual(['offline'])
    expect(rowActions(item('OFFLINE'), admin)).toEqual(['delete'])
  })
})
