import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/admin.js', () => ({ mediaApi: { limits: vi.fn() } }))
const { mediaApi } = await import('../api/admin.js')
const { useMediaLimitsStore } = await import('./mediaLimits.js')

describe('media limits', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('reads the limits once and answers them per use', async () => {
    mediaApi.limits.mockResolvedValue({ audioMaxBytes: 500, imageMaxBytes: 20 })
    const store = useMediaLimitsStore()

    await Promise.all([store.load(), store.load()])
    await store.load()

    expect(mediaApi.limits).toHaveBeenCalledTimes(1)
    expect(store.maxBytes('audio')).toBe(500)
    expect(store.maxBytes('image')).toBe(20)
  })

  it('knows no limit after a failed read, and reads again next time', async () => {
    mediaApi.limits
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValue({ audioMaxBytes: 500, imageMaxBytes: 20 })
    const store = useMediaLimitsStore()

    await store.load()
    expect(store.maxBytes('audio')).toBeNull()
    await store.load()

    expect(store.maxBytes('audio')).toBe(500)
  })
})
