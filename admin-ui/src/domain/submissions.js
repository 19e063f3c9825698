/**
 * 习语金句大家写 in the console: the statuses of a resident's entry (server: Submission.Status), WeChat's
 * safety verdicts on its text and photo (Submission.Check), and who may decide on it.
 */
export const SUBMISSION_STATUSES = [
  { status: 'PENDING', label: '待审核', tag: 'warning', empty: '没有待审核的投稿，群众的新投稿会出现在这里' },
  { status: 'APPROVED', label: '已采用', tag: 'success', empty: '还没有采用的投稿' },
  { status: 'REJECTED', label: '未采用', tag: 'info', empty: '没有未采用的投稿' },
  { status: 'REFUSED', label: '未通过安全检测', tag: 'danger', empty: '没有未通过安全检测的投稿' },
]

const CHECKS = {
  PENDING: { label: '检测中', tag: 'info' },
  PASS: { label: '通过', tag: 'success' },
  REVIEW: { label: '建议人工复核', tag: 'warning' },
  RISKY: { label: '有风险', tag: 'danger' },
}

/** The server keeps reject_reason in VARCHAR(300) and does not check the length itself. */
export const REJECT_REASON_MAX = 300

/** Reasons editors give most often, offered as one-click fills of the reason box. */
export const COMMON_REJECT_REASONS = ['字迹不清，无法辨认', '与金句原文不一致', '照片与投稿内容不符', '内容重复']

export const submissionStatusOf = (status) =>
  SUBMISSION_STATUSES.find((s) => s.status === status) || { status, label: status, tag: 'info', empty: '没有投稿' }

export const checkOf = (check) => CHECKS[check] || { label: check || '未知', tag: 'info' }

/**
 * Why 采用 is not possible yet, or null: the server refuses approval until WeChat's photo verdict has
 * arrived (PHOTO_CHECK_PENDING), so the button says so instead of failing.
 */
export function approveBlocker(row) {
  if (row.status !== 'PENDING') {
    return '该投稿已处理'
  }
  if (row.photoCheck === 'PENDING') {
    return '照片的安全检测尚未完成，请稍后再审核'
  }
  return null
}

/** A warning for the reviewer when WeChat wants a human to look at the text or the photo. */
export function reviewHint(row) {
  const parts = []
  if (row.textCheck === 'REVIEW') parts.push('文字')
  if (row.photoCheck === 'REVIEW') parts.push('照片')
  return parts.length ? `微信内容安全检测建议人工复核${parts.join('和')}，请仔细查看后再决定` : null
}

/**
 * The photo to show, or null: a refused entry's photo was deleted when WeChat judged it risky, although
 * the review list still answers its URL.
 */
export const photoOf = (row) => (row.status === 'REFUSED' ? null : row.photoUrl || null)

/** The error for the reject dialog's reason, or null when it can be sent. */
export function rejectReasonError(reason) {
  const text = (reason || '').trim()
  if (!text) {
    return '请填写不采用的原因，投稿群众会在小程序里看到它'
  }
  if ([...text].length > REJECT_REASON_MAX) {
    return `原因不能超过 ${REJECT_REASON_MAX} 个字`
  }
  return null
}

/** The page to show after an entry left the list: the same one, or the new last page if it emptied. */
export function pageAfterRemoval(page, size, totalBefore) {
  const lastPage = Math.max(1, Math.ceil((totalBefore - 1) / size))
  return Math.min(page, lastPage)
}
