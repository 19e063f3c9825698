import { describe, expect, it } from 'vitest'
import {
  approveBlocker,
  checkOf,
  pageAfterRemoval,
  photoOf,
  rejectReasonError,
  reviewHint,
  submissionStatusOf,
  REJECT_REASON_MAX,
} from './submissions.js'

const pending = {
  status: 'PENDING',
  textCheck: 'PASS',
  photoCheck: 'PASS',
  photoUrl: '/api/mini/v1/images/submission/a.jpg',
}

describe('resident submissions', () => {
  it('names statuses and safety verdicts in Chinese', () => {
    expect(submissionStatusOf('APPROVED').label).toBe('已采用')
    expect(submissionStatusOf('REJECTED').label).toBe('未采用')
    expect(submissionStatusOf('PENDING').empty).toContain('没有待审核的投稿')
    expect(checkOf('REVIEW')).toEqual({ label: '建议人工复核', tag: 'warning' })
    expect(checkOf('RISKY').tag).toBe('danger')
  })

  it('holds approval until the photo verdict has arrived, as the server does', () => {
    expect(approveBlocker(pending)).toBeNull()
    expect(approveBlocker({ ...pending, photoCheck: 'PENDING' })).toContain('照片的安全检测尚未完成')
    expect(approveBlocker({ ...pending, status: 'APPROVED' })).toBe('该投稿已处理')
  })

  it('points at what WeChat wants a human to look at', () => {
    expect(reviewHint(pending)).toBeNull()
    expect(reviewHint({ ...pending, textCheck: 'REVIEW' })).toContain('人工复核文字')
    expect(reviewHint({ ...pending, textCheck: 'REVIEW', photoCheck: 'REVIEW' })).toContain('文字和照片')
  })

  it('shows no photo for a refused entry, whose image was deleted', () => {
    expect(photoOf(pending)).toBe(pending.photoUrl)
    expect(photoOf({ ...pending, status: 'REFUSED' })).toBeNull()
  })

  it('asks for a reason the resident will read, within the column size', () => {
    expect(rejectReasonError('  ')).toContain('请填写不采用的原因')
    expect(rejectReasonError('字迹不清')).toBeNull()
    expect(rejectReasonError('字'.repeat(REJECT_REASON_MAX))).toBeNull()
    expect(rejectReasonError('字'.repeat(REJECT_REASON_MAX + 1))).toContain('不能超过 300 个字')
  })

  it('goes back a page when the last entry of the last page was decided', () => {
    expect(pageAfterRemoval(3, 20, 41)).toBe(2)
    expect(pageAfterRemoval(3, 20, 42)).toBe(3)
    expect(pageAfterRemoval(1, 20, 1)).toBe(1)
    expect(pageAfterRemoval(1, 20, 30)).toBe(1)
  })
})
