import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'

const replace = vi.fn()
const route = { query: {} }
vi.mock('vue-router', () => ({ useRoute: () => route, useRouter: () => ({ replace }) }))
vi.mock('../api/admin.js', () => ({ authApi: { login: vi.fn(), csrf: vi.fn() } }))
const { authApi } = await import('../api/admin.js')
const LoginView = (await import('./LoginView.vue')).default

async function signIn(username, password) {
  const wrapper = mount(LoginView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  // Element Plus gives inputs their ids once mounted.
  await flushPromises()
  await wrapper.find('#login-username').setValue(username)
  await wrapper.find('#login-password').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return wrapper
}

describe('LoginView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    route.query = {}
    authApi.csrf.mockResolvedValue({})
    document.body.innerHTML = ''
  })

  it('signs in and returns to the page the session ended on', async () => {
    route.query = { redirect: '/contents/audio/5', expired: '1' }
    authApi.login.mockResolvedValue({ id: 1, username: 'bianji', roles: ['EDITOR'] })

    const wrapper = await signIn(' bianji ', 'password-123')

    expect(wrapper.text()).toContain('登录已过期')
    expect(authApi.login).toHaveBeenCalledWith('bianji', 'password-123')
    expect(replace).toHaveBeenCalledWith('/contents/audio/5')
  })

  it('goes to the dashboard when the redirect is not a console path', async () => {
    route.query = { redirect: 'https://example.org/' }
    authApi.login.mockResolvedValue({ id: 1, roles: ['EDITOR'] })
    await signIn('bianji', 'password-123')
    expect(replace).toHaveBeenCalledWith('/dashboard')
  })

  it('shows the server reason and clears the password when sign-in fails', async () => {
    authApi.login.mockRejectedValue({
      response: { status: 401, data: { code: 'BAD_CREDENTIALS', detail: '用户名或密码错误' } },
    })

    const wrapper = await signIn('bianji', 'wrong-password')

    expect(wrapper.find('[role="alert"]').text()).toContain('用户名或密码错误')
    expect(wrapper.find('#login-password').element.value).toBe('')
    expect(replace).not.toHaveBeenCalled()
  })
})
