import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'

vi.mock('../../api/admin.js', () => ({
  searchApi: { status: vi.fn(), reindex: vi.fn(), reindexProgress: vi.fn(), reconcile: vi.fn() },
}))
const { searchApi } = await import('../../api/admin.js')
const SearchIndexView = (await import('./SearchIndexView.vue')).default

const run = (status, done, total = 200) => ({
  id: 9,
  status,
  done,
  total,
  indexName: status === 'DONE' ? 'wenming-content-2' : null,
  failure: null,
  startedBy: 'admin',
  startedAt: '2026-05-04T10:00:00',
  finishedAt: null,
})
const status = (reindex) => ({
  engine: 'lucene',
  available: true,
  indexName: 'wenming-content-1',
  documents: 200,
  sizeBytes: 2048,
  published: 200,
  pending: 0,
  failing: 0,
  oldestPendingAt: null,
  lagSeconds: 0,
  lastError: null,
  lastErrorAt: null,
  reindex,
})

async function open() {
  const wrapper = mount(SearchIndexView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const phase = (wrapper) => wrapper.find('[data-testid="reindex-state"]').attributes('data-phase')

describe('SearchIndexView', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    document.body.innerHTML = ''
  })
  afterEach(() => vi.useRealTimers())

  it('shows the engine and picks up a rebuild that is already running', async () => {
    searchApi.status.mockResolvedValue(status(run('RUNNING', 50)))
    searchApi.reindexProgress.mockResolvedValue(run('RUNNING', 150))
    const wrapper = await open()

    expect(wrapper.find('[data-testid="search-status"]').text()).toContain('内置引擎（Lucene）')
    expect(phase(wrapper)).toBe('running')
    expect(wrapper.find('[data-testid="reindex-start"]').attributes('disabled')).toBeDefined()
    await vi.advanceTimersByTimeAsync(1000)

    expect(searchApi.reindexProgress).toHaveBeenCalledWith(9)
    expect(wrapper.find('[data-testid="reindex-panel"]').text()).toContain('已处理 150 / 200 条')
    expect(wrapper.find('[data-testid="reindex-progress"]').text()).toContain('75%')
  })

  it('starts a rebuild after confirmation and follows it to the end', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm')
    searchApi.status.mockResolvedValue(status(null))
    searchApi.reindex.mockResolvedValue(run('RUNNING', 0))
    searchApi.reindexProgress.mockResolvedValue({ ...run('DONE', 200), finishedAt: '2026-05-04T10:01:00' })
    const wrapper = await open()
    expect(wrapper.text()).toContain('还没有重建过索引')

    await wrapper.find('[data-testid="reindex-start"]').trigger('click')
    await flushPromises()
    expect(phase(wrapper)).toBe('running')
    await vi.advanceTimersByTimeAsync(1000)

    expect(phase(wrapper)).toBe('done')
    expect(wrapper.find('[data-testid="reindex-panel"]').text()).toContain(
      '重建完成，搜索已切换到新索引 wenming-content-2',
    )
    expect(searchApi.status).toHaveBeenCalledTimes(2)
  })

  it('stops polling when the page is left', async () => {
    searchApi.status.mockResolvedValue(status(run('RUNNING', 50)))
    searchApi.reindexProgress.mockResolvedValue(run('RUNNING', 60))
    const wrapper = await open()

    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(5000)

    expect(searchApi.reindexProgress).not.toHaveBeenCalled()
  })

  it('shows what a reconcile found', async () => {
    searchApi.status.mockResolvedValue(status(null))
    searchApi.reconcile.mockResolvedValue({ published: 200, indexed: 199, missing: 1, stale: 0, extra: 0, enqueued: 1 })
    const wrapper = await open()

    await wrapper.find('[data-testid="reconcile-index"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="reconcile-result"]').text()).toContain('缺失 1 条')
  })
})
