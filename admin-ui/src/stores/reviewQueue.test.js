import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/admin.js', () => ({ contentApi: { list: vi.fn() } }))
const { contentApi } = await import('../api/admin.js')
const { useReviewQueueStore } = await import('./reviewQueue.js')

describe('review queue badge', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('counts items awaiting review in scope with a one-item page', async () => {
    contentApi.list.mockResolvedValue({ items: [{ id: 1 }], total: 7 })
    const queue = useReviewQueueStore()

    expect(await queue.refresh()).toBe(7)
    expect(contentApi.list).toHaveBeenCalledWith({ awaitingReview: true, page: 1, size: 1 })
    expect(queue.count).toBe(7)
  })

  it('keeps the last count when a refresh fails', async () => {
    contentApi.list.mockResolvedValueOnce({ items: [], total: 3 }).mockRejectedValueOnce(new Error('offline'))
    const queue = useReviewQueueStore()
    await queue.refresh()
    await queue.refresh()
    expect(queue.count).toBe(3)
  })
})
