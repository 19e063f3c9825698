import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/admin.js', () => ({
  authApi: { csrf: vi.fn(), session: vi.fn(), login: vi.fn(), logout: vi.fn() },
}))

const { authApi } = await import('../api/admin.js')
const { useAuthStore } = await import('./auth.js')

const reviewer = {
  id: 2,
  username: 'shenhe',
  displayName: '审核员',
  roles: ['REVIEWER'],
  orgUnitId: 5,
  orgUnitName: '八仙筒镇',
}

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    authApi.csrf.mockResolvedValue({ token: 't' })
  })

  it('fetches the CSRF cookie first, then learns the open session', async () => {
    authApi.session.mockResolvedValue({ authenticated: true, user: reviewer })
    const auth = useAuthStore()

    await auth.init()

    expect(authApi.csrf.mock.invocationCallOrder[0]).toBeLessThan(authApi.session.mock.invocationCallOrder[0])
    expect(auth.ready).toBe(true)
    expect(auth.user.username).toBe('shenhe')
    expect(auth.isReviewer).toBe(true)
    expect(auth.isAdmin).toBe(false)
  })

  it('lets reviewers and administrators decide, not editors', () => {
    const auth = useAuthStore()
    const decides = (roles) => {
      auth.user = roles ? { ...reviewer, roles } : null
      return auth.isReviewerOrAdmin
    }

    expect(decides(['EDITOR', 'REVIEWER'])).toBe(true)
    expect(decides(['ADMIN'])).toBe(true)
    expect(decides(['EDITOR'])).toBe(false)
    expect(decides(undefined)).toBe(false)
  })

  it('gives banner-wide powers to administrators of the banner office only', () => {
    const auth = useAuthStore()
    const banner = (roles, bannerLevel) => {
      auth.user = { ...reviewer, roles, bannerLevel }
      return auth.isBannerAdmin
    }

    expect(banner(['ADMIN'], true)).toBe(true)
    expect(banner(['ADMIN'], false)).toBe(false)
    expect(banner(['REVIEWER', 'EDITOR'], true)).toBe(false)
  })

  it('is ready and signed out when there is no session or the server cannot be reached', async () => {
    authApi.session.mockResolvedValue({ authenticated: false })
    const auth = useAuthStore()
    await auth.init()
    expect(auth.user).toBeNull()

    authApi.session.mockRejectedValue(new Error('offline'))
    await auth.init()
    expect(auth.ready).toBe(true)
    expect(auth.user).toBeNull()
  })

  it('signs in, renews the CSRF cookie and forgets an earlier expiry', async () => {
    authApi.login.mockResolvedValue(reviewer)
    const auth = useAuthStore()
    auth.sessionExpired()

    await auth.login('shenhe', 'password-123')

    expect(authApi.login).toHaveBeenCalledWith('shenhe', 'password-123')
    expect(authApi.csrf).toHaveBeenCalled()
    expect(auth.user).toEqual(reviewer)
    expect(auth.expired).toBe(false)
  })

  it('keeps the user signed out when the password is wrong', async () => {
    authApi.login.mockRejectedValue({ response: { status: 401, data: { code: 'BAD_CREDENTIALS' } } })
    const auth = useAuthStore()
    await expect(auth.login('x', 'y')).rejects.toBeTruthy()
    expect(auth.user).toBeNull()
  })

  it('forgets the user on logout even when the server is unreachable', async () => {
    authApi.login.mockResolvedValue(reviewer)
    authApi.logout.mockRejectedValue(new Error('offline'))
    const auth = useAuthStore()
    await auth.login('shenhe', 'p')

    await expect(auth.logout()).rejects.toThrow('offline')

    expect(auth.user).toBeNull()
  })

  it('marks an ended session so editors can be sent to login without a prompt', () => {
    const auth = useAuthStore()
    auth.user = reviewer
    auth.sessionExpired()
    expect(auth.user).toBeNull()
    expect(auth.expired).toBe(true)
  })
})
