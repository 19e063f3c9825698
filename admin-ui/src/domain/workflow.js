/**
 * Which workflow buttons an item shows for the signed-in user. Mirrors the server's rules (ContentWorkflow)
 * so a button is only offered when the server would accept it; the server still decides.
 */
const EDITABLE_BY_EDITOR = ['DRAFT', 'REJECTED', 'OFFLINE']

export function availableActions(item, user) {
  const actions = new Set()
  if (!user) {
    return actions
  }
  const roles = new Set(user.roles || [])
  const reviewerOrAdmin = roles.has('REVIEWER') || roles.has('ADMIN')
  if (!item || !item.id) {
    actions.add('save')
    return actions
  }
  const status = item.status
  const isAuthor = item.createdBy === user.id
  if (EDITABLE_BY_EDITOR.includes(status) || (status !== 'SUBMITTED' && reviewerOrAdmin)) {
    actions.add('save')
  }
  if (status === 'DRAFT' || status === 'REJECTED') {
    actions.add('submit')
  }
  if (status === 'SUBMITTED') {
    if (isAuthor || roles.has('ADMIN')) {
      actions.add('withdraw')
    }
    if (roles.has('REVIEWER') && !isAuthor) {
      actions.add('reject')
      if (item.updatedBy !== user.id) {
        actions.add('approve')
      }
    }
  }
  if (['APPROVED', 'OFFLINE', 'SCHEDULED'].includes(status) && reviewerOrAdmin) {
    actions.add('publish')
  }
  if (['PUBLISHED', 'SCHEDULED'].includes(status) && reviewerOrAdmin) {
    actions.add('offline')
  }
  if (EDITABLE_BY_EDITOR.includes(status)) {
    actions.add('delete')
  }
  return actions
}

/** Why the form is read-only, or null when it can be edited. */
export function readOnlyReason(item, user) {
  if (!item || !item.id) {
    return null
  }
  if (item.status === 'SUBMITTED') {
    return '内容正在审核中，不能修改；如需修改请先撤回。'
  }
  if (!availableActions(item, user).has('save')) {
    return '已审核或已发布的内容只能由审核员或管理员修改。'
  }
  return null
}

export const ACTION_LABELS = {
  CREATE: '创建',
  EDIT: '编辑',
  SUBMIT: '提交审核',
  WITHDRAW: '撤回',
  APPROVE: '审核通过',
  REJECT: '退回',
  PUBLISH: '发布',
  SCHEDULE: '定时发布',
  OFFLINE: '下线',
  EXPIRE: '到期下线',
  IMPORT: '内容包导入',
}
