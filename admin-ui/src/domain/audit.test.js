import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS, auditDetail } from './audit.js'

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
})
