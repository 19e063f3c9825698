import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

vi.mock('../api/admin.js', () => ({ searchApi: { reindex: vi.fn(), reindexProgress: vi.fn(), status: vi.fn() } }))
const { searchApi } = await import('../api/admin.js')
const { useReindex } = await import('./useReindex.js')

const progress = (status, done, total = 100, id = 7) => ({ id, status, done, total })
const conflict = {
  response: {
    status: 409,
    data: { status: 409, code: 'REINDEX_RUNNING', detail: '搜索索引正在重建，请等待当前任务完成', reindexId: 5 },
  },
}

function inScope(options) {
  const scope = effectScope()
  return { scope, reindex: scope.run(() => useReindex({ interval: 1000, ...options })) }
}

describe('useReindex', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('starts a rebuild and follows it every second until it is done', async () => {
    const onSettled = vi.fn()
    searchApi.reindex.mockResolvedValue(progress('RUNNING', 0))
    searchApi.reindexProgress
      .mockResolvedValueOnce(progress('RUNNING', 40))
      .mockResolvedValueOnce(progress('DONE', 100))
    const { reindex } = inScope({ onSettled })

    expect(await reindex.start()).toBe('started')
    expect(reindex.state.value.phase).toBe('running')
    await vi.advanceTimersByTimeAsync(1000)
    expect(reindex.state.value.progress.done).toBe(40)
    await vi.advanceTimersByTimeAsync(1000)

    expect(reindex.state.value.phase).toBe('done')
    expect(searchApi.reindexProgress).toHaveBeenCalledWith(7)
    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ phase: 'done' }))
    await vi.advanceTimersByTimeAsync(5000)
    expect(searchApi.reindexProgress).toHaveBeenCalledTimes(2)
  })

  it('announces a rebuild that finished before the start request answered, without polling', async () => {
    const onSettled = vi.fn()
    searchApi.reindex.mockResolvedValue(progress('DONE', 3, 3))
    const { reindex } = inScope({ onSettled })

    await reindex.start()
    await vi.advanceTimersByTimeAsync(3000)

    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ phase: 'done' }))
    expect(searchApi.reindexProgress).not.toHaveBeenCalled()
  })

  it('follows the rebuild already running when the server refuses a second one', async () => {
    searchApi.reindex.mockRejectedValue(conflict)
    searchApi.reindexProgress
      .mockResolvedValueOnce(progress('RUNNING', 30, 100, 5))
      .mockResolvedValue(progress('RUNNING', 60, 100, 5))
    const { reindex } = inScope()

    expect(await reindex.start()).toBe('joined')
    expect(searchApi.reindexProgress).toHaveBeenCalledWith(5)
    expect(reindex.state.value.progress.done).toBe(30)
    await vi.advanceTimersByTimeAsync(1000)

    expect(reindex.state.value.progress.done).toBe(60)
  })

  it('passes on other refusals', async () => {
    searchApi.reindex.mockRejectedValue({ response: { status: 403, data: { code: 'FORBIDDEN', detail: '没有权限' } } })
    const { reindex } = inScope()
    await expect(reindex.start()).rejects.toMatchObject({ response: { status: 403 } })
    expect(reindex.state.value.phase).toBe('idle')
    expect(reindex.starting.value).toBe(false)
  })

  it('gives up following after five failed polls in a row', async () => {
    const onSettled = vi.fn()
    searchApi.reindex.mockResolvedValue(progress('RUNNING', 0))
    searchApi.reindexProgress.mockRejectedValue(new Error('offline'))
    const { reindex } = inScope({ onSettled })
    await reindex.start()

    await vi.advanceTimersByTimeAsync(4000)
    expect(reindex.state.value.phase).toBe('running')
    await vi.advanceTimersByTimeAsync(1000)

    expect(reindex.state.value.phase).toBe('lost')
    expect(reindex.state.value.error).toBe('网络连接失败，请检查网络后重试')
    expect(onSettled).toHaveBeenCalledTimes(1)
  })

  it('stops polling and stays quiet when the page is left, even with a poll in flight', async () => {
    const onSettled = vi.fn()
    let answer
    searchApi.reindex.mockResolvedValue(progress('RUNNING', 0))
    searchApi.reindexProgress.mockImplementation(
      () =>
        new Promise((resolve) => {
          answer = resolve
        }),
    )
    const { scope, reindex } = inScope({ onSettled })
    await reindex.start()
    await vi.advanceTimersByTimeAsync(1000)

    scope.stop()
    answer(progress('DONE', 100))
    await vi.advanceTimersByTimeAsync(5000)

    expect(searchApi.reindexProgress).toHaveBeenCalledTimes(1)
    expect(onSettled).not.toHaveBeenCalled()
  })
})
