import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS, AUDIT_TARGETS, auditDetail, auditTargetLink } from './audit.js'

describe('audit log in Chinese', () => {
  it('names workflow moves and roles in Chinese', () => {
    expect(auditDetail('SUBMITTED -> APPROVED')).toBe('待审核 → 审核通过')
    expect(auditDetail('e2e-editor [EDITOR, REVIEWER]')).toBe('e2e-editor [编辑, 审核员]')
    expect(auditDetail(null)).toBe('')
  })

  it('leaves other details as written', () => {
    expect(auditDetail('恢复到版本 3')).toBe('恢复到版本 3')
    expect(AUDIT_ACTIONS.CONTENT_PUBLISH).toBe('发布')
  })

  it('names the moderation and search actions the server records', () => {
    expect(AUDIT_ACTIONS.SUBMISSION_APPROVED).toBe('采用投稿')
    expect(AUDIT_ACTIONS.SEARCH_REINDEX).toBe('重建搜索索引')
    expect(AUDIT_TARGETS.SEARCH_INDEX).toBe('搜索索引')
  })

  it('names the broadcast station actions the server records', () => {
    const codes = [
      'STATION_CREATE',
      'STATION_UPDATE',
      'STATION_KEY_ROTATE',
      'SCHEDULE_CREATE',
      'SCHEDULE_UPDATE',
      'SCHEDULE_DELETE',
      'URGENT_CREATE',
      'URGENT_END',
    ]
    expect(codes.filter((code) => !AUDIT_ACTIONS[code])).toEqual([])
    expect([AUDIT_TARGETS.STATION, AUDIT_TARGETS.SCHEDULE, AUDIT_TARGETS.URGENT]).toEqual([
      '广播站',
      '播出计划',
      '紧急插播',
    ])
  })
})

describe('auditTargetLink', () => {
  it('opens a content item in the editor of its kind', () => {
    expect(
      auditTargetLink({
        targetType: 'CONTENT',
        targetId: '12',
        targetExists: true,
        targetContentKind: 'FESTIVAL_ITEM',
      }),
    ).toEqual({ name: 'content-edit', params: { kind: 'festival', id: '12' } })
  })

  it('finds a user by name on the users screen and a station on the stations screen', () => {
    expect(
      auditTargetLink({ targetType: 'USER', targetId: '3', targetExists: true, targetName: '八仙筒镇编辑' }),
    ).toEqual({ name: 'users', query: { keyword: '八仙筒镇编辑' } })
    expect(auditTargetLink({ targetType: 'STATION', targetId: '5', targetExists: true })).toEqual({ name: 'stations' })
  })

  it('links nothing that is gone or has no object', () => {
    expect(auditTargetLink({ targetType: 'CONTENT', targetId: '12', targetExists: false })).toBeNull()
    expect(auditTargetLink({ targetType: 'USER', targetId: null, targetExists: null })).toBeNull()
    expect(auditTargetLink({ targetType: 'RESIDENT', targetId: '8', targetExists: null })).toBeNull()
  })
})
