/**
 * Which workflow buttons an item shows for the signed-in user. Mirrors the server's rules (ContentWorkflow)
 * so a button is only offered when the server would accept it; the server still decides. An edit of a
 * published item waits as its pendingRevision: approve, reject and withdraw then act on that edit, and a
 * new save replaces it.
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
  const pending = item.pendingRevision
  if (pending) {
    if (pending.editorId === user.id || roles.has('ADMIN')) {
      actions.add('withdraw')
    }
    if (roles.has('REVIEWER') && pending.editorId !== user.id) {
      actions.add('approve')
      actions.add('reject')
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

/**
 * What a list offers to do to many items at once, each item as its own request: the label of the button and
 * the verb of the one sentence that reports the batch ("已提交 2 条，1 条未提交：…").
 */
export const BATCH_ACTIONS = {
  submit: { label: '提交审核', verb: '已提交' },
  offline: { label: '下线', verb: '已下线' },
  delete: { label: '删除', verb: '已删除' },
}

/** The batch actions a list row offers, in the order its buttons show. */
export function rowActions(item, user) {
  const available = availableActions(item, user)
  return Object.keys(BATCH_ACTIONS).filter((action) => available.has(action))
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

/** What the editor reads about an edit of a published item that waits for review, or null. */
export function pendingNotice(item) {
  const pending = item?.pendingRevision
  if (!pending) {
    return null
  }
  return (
    `修改（v${pending.version}，${pending.editorName}）已提交审核，审核通过后替换线上版本；` +
    `目前第 ${pending.reviewStage + 1}/${pending.reviewLevels} 级审核，群众看到的仍是线上版本。`
  )
}

/** The message after a save: an edit of reviewed text goes back to review instead of going live. */
export function savedMessage(before, after) {
  if (after.pendingRevision && before?.status === 'PUBLISHED') {
    return '修改已提交审核，审核通过后替换线上版本'
  }
  if (after.status === 'SUBMITTED' && ['APPROVED', 'SCHEDULED'].includes(before?.status)) {
    return '已保存，修改后的内容需要重新审核'
  }
  return '已保存'
}

/** What restoring an old version does to an item in `status`, said before the editor confirms it. */
export function restoreEffect(status) {
  if (status === 'PUBLISHED') {
    return '恢复会把该版本的内容保存为一次修改并提交审核，审核通过后才替换线上版本，此前群众看到的仍是线上版本。'
  }
  if (['APPROVED', 'SCHEDULED'].includes(status)) {
    return '恢复会把该版本的内容保存为一个新版本，内容需要重新审核。'
  }
  return '恢复会把该版本的内容保存为一个新版本，现有的各个版本都会保留。'
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
  REVISION_APPROVE: '修改审核通过',
  REVISION_APPLY: '修改审核通过，替换线上版本',
  REVISION_REJECT: '修改被退回',
  REVISION_WITHDRAW: '撤回修改',
}
