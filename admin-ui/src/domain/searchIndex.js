/**
 * The search index screen's logic: naming the server's engines and rebuild states (SearchStatus,
 * ReindexProgress), progress percent, health warnings, and the state machine that follows one rebuild.
 */
const ENGINES = { lucene: '内置引擎（Lucene）', elasticsearch: 'Elasticsearch' }

const REINDEX_STATES = {
  RUNNING: { label: '进行中', tag: 'primary' },
  DONE: { label: '已完成', tag: 'success' },
  FAILED: { label: '失败', tag: 'danger' },
}

export const engineLabel = (engine) => ENGINES[engine] || engine || '未知'

export const reindexStateOf = (status) => REINDEX_STATES[status] || { label: status || '未知', tag: 'info' }

/** Whole percent of the published items in the new index; a finished rebuild is 100 even if it had none. */
export function reindexPercent(progress) {
  if (!progress) {
    return 0
  }
  if (progress.status === 'DONE') {
    return 100
  }
  const total = Number(progress.total) || 0
  const done = Number(progress.done) || 0
  if (total <= 0) {
    return 0
  }
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)))
}

/** el-progress's status for a rebuild: green when done, red when failed, the plain bar while running. */
export function reindexBarStatus(progress) {
  if (progress?.status === 'DONE') return 'success'
  if (progress?.status === 'FAILED') return 'exception'
  return ''
}

export function formatLag(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds) || 0))
  if (s < 60) return `${s} 秒`
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`
  return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`
}

/** What an administrator should notice in the status, most serious first; empty when all is well. */
export function statusWarnings(status) {
  if (!status) {
    return []
  }
  const warnings = []
  if (!status.available) {
    warnings.push({
      type: 'error',
      text: '搜索引擎暂时无法访问，小程序的搜索会失败。' + (status.lastError ? '错误：' + status.lastError : ''),
    })
  }
  if (status.failing > 0) {
    warnings.push({ type: 'error', text: `有 ${status.failing} 条内容写入索引失败，正在自动重试。` })
  }
  if (status.pending > 0 && status.lagSeconds >= 60) {
    warnings.push({
      type: 'warning',
      text: `有 ${status.pending} 条变更等待写入索引，最早的已等待 ${formatLag(status.lagSeconds)}。`,
    })
  }
  if (status.available && status.pending === 0 && status.documents != null && status.documents !== status.published) {
    warnings.push({
      type: 'warning',
      text: `索引中有 ${status.documents} 条，数据库中已发布 ${status.published} 条，二者不一致，建议校对索引。`,
    })
  }
  return warnings
}

/** One sentence for a reconcile report (SearchReconciler.ReconcileReport). */
export function reconcileSummary(report) {
  const head = `数据库已发布 ${report.published} 条，索引中 ${report.indexed} 条`
  if (report.missing + report.stale + report.extra === 0) {
    return `${head}，索引与数据库一致。`
  }
  const drift = `缺失 ${report.missing} 条、内容过期 ${report.stale} 条、多余 ${report.extra} 条`
  const repair =
    report.enqueued > 0
      ? `已交给同步任务修复 ${report.enqueued} 条，稍后刷新即可看到结果`
      : '这些内容已在同步队列中等待处理'
  return `${head}；${drift}。${repair}。`
}

/** Polls that may fail in a row (a network blip, a server restart) before the screen gives up following. */
export const MAX_POLL_FAILURES = 5

/**
 * Following one rebuild. Phases: idle (nothing to follow), running (poll again), done, failed, lost (the
 * server stopped answering; the rebuild itself may still be running).
 */
export const REINDEX_IDLE = Object.freeze({ phase: 'idle', progress: null, failures: 0, error: null })

const PHASES = { RUNNING: 'running', DONE: 'done', FAILED: 'failed' }

export function nextReindexState(state, event) {
  switch (event.type) {
    case 'progress':
      return { phase: PHASES[event.progress.status] || 'failed', progress: event.progress, failures: 0, error: null }
    case 'error': {
      if (state.phase !== 'running') {
        return state
      }
      const failures = state.failures + 1
      return { ...state, failures, error: event.message, phase: failures >= MAX_POLL_FAILURES ? 'lost' : 'running' }
    }
    default:
      return state
  }
}

export const shouldPoll = (state) => state.phase === 'running'

/** The message that ends following a rebuild, as { type, text } for a toast. */
export function settledMessage(state) {
  const progress = state.progress || {}
  switch (state.phase) {
    case 'done':
      return { type: 'success', text: `搜索索引已重建，共写入 ${progress.done ?? 0} 条内容` }
    case 'failed':
      return { type: 'error', text: '重建失败：' + (progress.failure || '原因未知') }
    case 'lost':
      return { type: 'warning', text: '暂时无法获取重建进度（' + state.error + '），重建可能仍在进行，请稍后刷新查看' }
    default:
      return null
  }
}
