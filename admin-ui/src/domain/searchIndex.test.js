import { describe, expect, it } from 'vitest'
import {
  engineLabel,
  formatLag,
  MAX_POLL_FAILURES,
  nextReindexState,
  reconcileSummary,
  reindexBarStatus,
  reindexPercent,
  REINDEX_IDLE,
  settledMessage,
  shouldPoll,
  statusWarnings,
} from './searchIndex.js'

const running = (done, total) => ({ id: 7, status: 'RUNNING', done, total })
const healthy = {
  engine: 'lucene',
  available: true,
  documents: 120,
  published: 120,
  pending: 0,
  failing: 0,
  lagSeconds: 0,
}

describe('search index status', () => {
  it('names the engines', () => {
    expect(engineLabel('lucene')).toBe('内置引擎（Lucene）')
    expect(engineLabel('elasticsearch')).toBe('Elasticsearch')
  })

  it('computes whole percent of a rebuild, clamped, and 100 once done', () => {
    expect(reindexPercent(running(0, 0))).toBe(0)
    expect(reindexPercent(running(333, 1000))).toBe(33)
    expect(reindexPercent(running(1200, 1000))).toBe(100)
    expect(reindexPercent({ status: 'DONE', done: 0, total: 0 })).toBe(100)
    expect(reindexPercent(null)).toBe(0)
    expect(reindexBarStatus({ status: 'FAILED' })).toBe('exception')
    expect(reindexBarStatus(running(1, 2))).toBe('')
  })

  it('formats waiting times for people', () => {
    expect(formatLag(42)).toBe('42 秒')
    expect(formatLag(200)).toBe('3 分 20 秒')
    expect(formatLag(7260)).toBe('2 小时 1 分')
  })

  it('warns of an unreachable engine, failing rows, a lagging outbox and drift', () => {
    expect(statusWarnings(healthy)).toEqual([])
    expect(statusWarnings({ ...healthy, pending: 3, lagSeconds: 10 })).toEqual([])
    const warnings = statusWarnings({
      ...healthy,
      available: false,
      documents: null,
      lastError: 'Connection refused',
      failing: 2,
      pending: 5,
      lagSeconds: 125,
    })
    expect(warnings.map((w) => w.text)).toEqual([
      '搜索引擎暂时无法访问，小程序的搜索会失败。错误：Connection refused',
      '有 2 条内容写入索引失败，正在自动重试。',
      '有 5 条变更等待写入索引，最早的已等待 2 分 5 秒。',
    ])
    expect(statusWarnings({ ...healthy, documents: 118 })[0].text).toContain('建议校对索引')
  })

  it('sums up a reconcile in one sentence', () => {
    expect(reconcileSummary({ published: 10, indexed: 10, missing: 0, stale: 0, extra: 0, enqueued: 0 })).toBe(
      '数据库已发布 10 条，索引中 10 条，索引与数据库一致。',
    )
    expect(reconcileSummary({ published: 10, indexed: 9, missing: 2, stale: 1, extra: 1, enqueued: 4 })).toBe(
      '数据库已发布 10 条，索引中 9 条；缺失 2 条、内容过期 1 条、多余 1 条。已交给同步任务修复 4 条，稍后刷新即可看到结果。',
    )
  })
})

describe('following a rebuild', () => {
  it('polls while the rebuild runs and stops when it is done or failed', () => {
    let state = nextReindexState(REINDEX_IDLE, { type: 'progress', progress: running(0, 10) })
    expect(shouldPoll(state)).toBe(true)
    state = nextReindexState(state, { type: 'progress', progress: { ...running(10, 10), status: 'DONE' } })
    expect(state.phase).toBe('done')
    expect(shouldPoll(state)).toBe(false)
    expect(settledMessage(state)).toEqual({ type: 'success', text: '搜索索引已重建，共写入 10 条内容' })

    const failed = nextReindexState(REINDEX_IDLE, {
      type: 'progress',
      progress: { id: 8, status: 'FAILED', failure: '重建进程中断' },
    })
    expect(failed.phase).toBe('failed')
    expect(settledMessage(failed)).toEqual({ type: 'error', text: '重建失败：重建进程中断' })
  })

  it('rides out a few failed polls and gives up after too many in a row', () => {
    let state = nextReindexState(REINDEX_IDLE, { type: 'progress', progress: running(1, 10) })
    for (let i = 1; i < MAX_POLL_FAILURES; i++) {
      state = nextReindexState(state, { type: 'error', message: '网络连接失败' })
    }
    expect(state.phase).toBe('running')
    expect(state.progress.done).toBe(1)

    const recovered = nextReindexState(state, { type: 'progress', progress: running(2, 10) })
    expect(recovered.failures).toBe(0)

    state = nextReindexState(state, { type: 'error', message: '网络连接失败' })
    expect(state.phase).toBe('lost')
    expect(shouldPoll(state)).toBe(false)
    expect(settledMessage(state).text).toContain('重建可能仍在进行')
  })

  it('ignores poll errors once the rebuild has ended', () => {
    const done = nextReindexState(REINDEX_IDLE, {
      type: 'progress',
      progress: { id: 7, status: 'DONE', done: 3, total: 3 },
    })
    expect(nextReindexState(done, { type: 'error', message: 'x' })).toBe(done)
  })
})
