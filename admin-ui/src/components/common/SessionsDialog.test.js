import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('../../api/admin.js', () => ({ authApi: { sessions: vi.fn(), endSession: vi.fn() } }))
vi.mock('./toast.js', () => ({ toast: { success: vi.fn(), error: vi.fn() } }))
vi.mock('./confirmed.js', () => ({ confirmed: vi.fn() }))
const { authApi } = await import('../../api/admin.js')
const { toast } = await import('./toast.js')
const { confirmed } = await import('./confirmed.js')
const SessionsDialog = (await import('./SessionsDialog.vue')).default

const here = {
  id: 'a',
  device: 'Chrome 浏览器 · Windows',
  ip: '10.0.0.1',
  signedInAt: '2026-12-01T08:00:00+08:00',
  lastSeenAt: '2026-12-01T09:00:00+08:00',
  current: true,
}
const elsewhere = {
  id: 'b',
  device: 'Safari 浏览器 · iPhone',
  ip: '10.0.0.2',
  signedInAt: '2026-11-30T20:00:00+08:00',
  lastSeenAt: '2026-11-30T21:00:00+08:00',
  current: false,
}

const mountDialog = () =>
  mount(SessionsDialog, { props: { modelValue: true }, global: { plugins: [ElementPlus] }, attachTo: document.body })

describe('SessionsDialog', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    document.body.innerHTML = ''
  })

  it('lists the sessions with this one marked and offers to end only the others', async () => {
    authApi.sessions.mockResolvedValue([here, elsewhere])
    mountDialog()
    await flushPromises()

    const text = document.querySelector('[data-testid="sessions-table"]').textContent
    expect(text).toContain('Chrome 浏览器 · Windows')
    expect(text).toContain('本机')
    expect(text).toContain('2026年11月30日 21:00')
    expect(document.querySelectorAll('[data-testid="end-session"]')).toHaveLength(1)
  })

  it('ends the chosen device once confirmed and reads the list again', async () => {
    authApi.sessions.mockResolvedValueOnce([here, elsewhere]).mockResolvedValueOnce([here])
    authApi.endSession.mockResolvedValue(undefined)
    confirmed.mockResolvedValue(true)
    mountDialog()
    await flushPromises()

    document.querySelector('[data-testid="end-session"]').click()
    await flushPromises()

    expect(authApi.endSession).toHaveBeenCalledWith('b')
    expect(toast.success).toHaveBeenCalledWith('该设备已退出登录')
    expect(document.querySelectorAll('[data-testid="end-session"]')).toHaveLength(0)
  })

  it('ends nothing when the question is cancelled', async () => {
    authApi.sessions.mockResolvedValue([here, elsewhere])
    confirmed.mockResolvedValue(false)
    mountDialog()
    await flushPromises()

    document.querySelector('[data-testid="end-session"]').click()
    await flushPromises()

    expect(authApi.endSession).not.toHaveBeenCalled()
  })
})
