import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../components/common/toast.js', () => ({ toast: { warning: vi.fn(), clear: vi.fn() } }))
vi.mock('../api/admin.js', () => ({ authApi: { csrf: vi.fn(), session: vi.fn() } }))
const { authApi } = await import('../api/admin.js')
const { toast } = await import('../components/common/toast.js')
const { guard, clearNoticesOnLeave } = await import('./index.js')
const { useAuthStore } = await import('../stores/auth.js')

const route = (extra) => ({
  name: 'dashboard',
  fullPath: '/dashboard',
  path: '/dashboard',
  meta: {},
  params: {},
  ...extra,
})

describe('route guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    authApi.csrf.mockResolvedValue({})
  })

  it('sends visitors without a session to login and back afterwards', async () => {
    authApi.session.mockResolvedValue({ authenticated: false })
    const result = await guard(
      route({ name: 'content-edit', fullPath: '/contents/audio/5', params: { kind: 'audio', id: '5' } }),
    )
    expect(result).toEqual({ name: 'login', query: { redirect: '/contents/audio/5' } })
  })

  it('lets signed-in users in and away from the login page', async () => {
    authApi.session.mockResolvedValue({ authenticated: true, user: { id: 1, roles: ['EDITOR'] } })
    expect(await guard(route())).toBe(true)
    expect(await guard(route({ name: 'login', meta: { public: true } }))).toEqual({ name: 'dashboard' })
    expect(authApi.session).toHaveBeenCalledTimes(1)
  })

  it('keeps screens of a role away from users without it', async () => {
    const auth = useAuthStore()
    auth.ready = true
    auth.user = { id: 1, roles: ['EDITOR'] }
    expect(await guard(route({ name: 'users', meta: { role: 'ADMIN' } }))).toEqual({ name: 'dashboard' })
    expect(toast.warning).toHaveBeenCalledWith('没有权限访问该页面')
    auth.user = { id: 2, roles: ['ADMIN'] }
    expect(await guard(route({ name: 'users', meta: { role: 'ADMIN' } }))).toBe(true)
  })

  it('keeps banner-wide screens away from administrators of other units', async () => {
    const auth = useAuthStore()
    auth.ready = true
    const search = route({ name: 'search-index', meta: { role: 'ADMIN', banner: true } })
    auth.user = { id: 3, roles: ['ADMIN'], bannerLevel: false }
    expect(await guard(search)).toEqual({ name: 'dashboard' })
    auth.user = { id: 4, roles: ['ADMIN'], bannerLevel: true }
    expect(await guard(search)).toBe(true)
  })

  it('opens the login page to visitors', async () => {
    authApi.session.mockResolvedValue({ authenticated: false })
    expect(await guard(route({ name: 'login', meta: { public: true } }))).toBe(true)
  })

  it('clears the notices of a screen when the editor leaves it, not when only its query changes', () => {
    clearNoticesOnLeave({ path: '/contents/poster/7', query: {} }, { path: '/contents/poster/new', query: {} })
    expect(toast.clear).toHaveBeenCalledTimes(1)
    clearNoticesOnLeave(
      { path: '/contents/audio', query: { status: 'PUBLISHED' } },
      { path: '/contents/audio', query: {} },
    )
    expect(toast.clear).toHaveBeenCalledTimes(1)
  })
})
