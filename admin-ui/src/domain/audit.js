import { kindOf } from './contentKinds.js'

/** Chinese names of the audit log's actions and target types (codes written by the server's AuditService). */
export const AUDIT_ACTIONS = {
  LOGIN: '登录',
  LOGOUT: '退出登录',
  LOGIN_FAILED: '登录失败',
  ACCOUNT_LOCKED: '账号锁定',
  USER_CREATE: '新建用户',
  USER_UPDATE: '修改用户',
  USER_PASSWORD_RESET: '重置密码',
  PASSWORD_CHANGED: '修改本人密码',
  PASSWORD_CHANGE_FAILED: '修改密码时当前密码错误',
  SESSION_END: '退出一个登录设备',
  CONTENT_CREATE: '新建内容',
  CONTENT_UPDATE: '修改内容',
  CONTENT_DELETE: '删除内容',
  CONTENT_RESTORE: '恢复历史版本',
  CONTENT_SUBMIT: '提交审核',
  CONTENT_WITHDRAW: '撤回提交',
  CONTENT_APPROVE: '审核通过',
  CONTENT_REJECT: '退回',
  CONTENT_PUBLISH: '发布',
  CONTENT_SCHEDULE: '定时发布',
  CONTENT_OFFLINE: '下线',
  CONTENT_REVISE: '修改已发布内容（待审核）',
  CONTENT_REVISION_APPROVE: '修改审核通过',
  CONTENT_REVISION_APPLY: '修改审核通过并替换线上版本',
  CONTENT_REVISION_REJECT: '退回修改',
  CONTENT_REVISION_WITHDRAW: '撤回修改',
  ORG_UNIT_CREATE: '新建单位',
  ORG_UNIT_UPDATE: '修改单位',
  ORG_UNIT_DELETE: '删除单位',
  FESTIVAL_CREATE: '新建节日',
  FESTIVAL_UPDATE: '修改节日',
  FESTIVAL_DELETE: '删除节日',
  REVIEW_LEVELS_SET: '设置审核级数',
  SUBMISSION_APPROVED: '采用投稿',
  SUBMISSION_REJECTED: '不采用投稿',
  SEARCH_REINDEX: '重建搜索索引',
  SEARCH_RECONCILE: '校对搜索索引',
  STATION_CREATE: '新建广播站',
  STATION_UPDATE: '修改广播站',
  STATION_KEY_ROTATE: '重置广播站密钥',
  SCHEDULE_CREATE: '新建播出计划',
  SCHEDULE_UPDATE: '修改播出计划',
  SCHEDULE_DELETE: '删除播出计划',
  URGENT_CREATE: '新建紧急插播',
  URGENT_END: '结束紧急插播',
}

export const AUDIT_TARGETS = {
  CONTENT: '内容',
  USER: '用户',
  ORG_UNIT: '组织单位',
  FESTIVAL: '节日',
  SETTING: '系统设置',
  SUBMISSION: '群众投稿',
  SEARCH_INDEX: '搜索索引',
  STATION: '广播站',
  SCHEDULE: '播出计划',
  URGENT: '紧急插播',
}

/**
 * Where an audit row's object is opened in the console, or null when it is gone or has no screen of its own:
 * a content item in its editor, a user or station in their list, a festival in the calendar. Objects the
 * server could not look up (targetExists null) link to the screen where they are managed.
 */
export function auditTargetLink(row) {
  if (row.targetExists === false || !row.targetId) {
    return null
  }
  switch (row.targetType) {
    case 'CONTENT': {
      const kind = kindOf(row.targetContentKind)
      return kind ? { name: 'content-edit', params: { kind: kind.slug, id: row.targetId } } : null
    }
    case 'USER':
      return { name: 'users', query: { keyword: row.targetName || undefined } }
    case 'ORG_UNIT':
      return { name: 'org-units' }
    case 'STATION':
    case 'SCHEDULE':
    case 'URGENT':
      return { name: 'stations' }
    case 'FESTIVAL':
      return { name: 'festivals' }
    case 'SUBMISSION':
      return { name: 'submissions' }
    case 'SETTING':
      return { name: 'review-levels' }
    case 'SEARCH_INDEX':
      return { name: 'search-index' }
    default:
      return null
  }
}

const ROLE_NAMES = { ADMIN: '管理员', REVIEWER: '审核员', EDITOR: '编辑' }
const STATUS_NAMES = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  REJECTED: '已退回',
  APPROVED: '审核通过',
  SCHEDULED: '定时发布',
  PUBLISHED: '已发布',
  OFFLINE: '已下线',
}

/** Workflow details ("DRAFT -> SUBMITTED") and role lists ("[EDITOR]") read in Chinese; the rest as written. */
export function auditDetail(detail) {
  if (!detail) {
    return ''
  }
  return detail
    .replace(/\b(DRAFT|SUBMITTED|REJECTED|APPROVED|SCHEDULED|PUBLISHED|OFFLINE)\b/g, (s) => STATUS_NAMES[s])
    .replace(/\b(ADMIN|REVIEWER|EDITOR)\b/g, (s) => ROLE_NAMES[s])
    .replace(/ -> /g, ' → ')
}
