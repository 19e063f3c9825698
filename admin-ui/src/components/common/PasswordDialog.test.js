import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('../../api/admin.js', () => ({ authApi: { changePassword: vi.fn() } }))
vi.mock('./toast.js', () => ({ toast: { success: vi.fn(), error: vi.fn() } }))
const { authApi } = await import('../../api/admin.js')
const { toast } = await import('./toast.js')
const PasswordDialog = (await import('./PasswordDialog.vue')).default

const mountDialog = () =>
  mount(PasswordDialog, { props: { modelValue: true }, global: { plugins: [ElementPlus] }, attachTo: document.body })

async function fill(values) {
  for (const [id, value] of Object.entries(values)) {
    const input = document.getElementById(id)
    input.value = value
    input.dispatchEvent(new Event('input'))
  }
  await flushPromises()
}

const save = async () => {
  document.querySelector('[data-testid="save-password"]').click()
  await flushPromises()
}
/** The messages the form items were given to show beside their fields. */
const errorText = (wrapper) =>
  wrapper
    .findAllComponents({ name: 'ElFormItem' })
    .map((item) => item.props('error'))
    .filter(Boolean)

describe('PasswordDialog', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    document.body.innerHTML = ''
  })

  it('checks the repeated password itself and clears the message once it matches', async () => {
    const wrapper = mountDialog()
    await flushPromises()
    await fill({ 'pw-current': 'password-123', 'pw-new': 'new-password-456', 'pw-confirm': 'new-password-45' })
    await save()
    expect(authApi.changePassword).not.toHaveBeenCalled()
    expect(errorText(wrapper)).toEqual(['两次输入的新密码不一致'])

    await fill({ 'pw-confirm': 'new-password-456' })
    expect(errorText(wrapper)).toEqual([])
    wrapper.unmount()
  })

  it("shows the server's word on the wrong current password beside that field", async () => {
    authApi.changePassword.mockRejectedValue({
      response: {
        status: 400,
        data: {
          code: 'INVALID_PARAMETER',
          detail: '当前密码不正确',
          errors: [{ field: 'currentPassword', message: '当前密码不正确' }],
        },
      },
    })
    const wrapper = mountDialog()
    await flushPromises()
    await fill({ 'pw-current': 'wrong-one', 'pw-new': 'new-password-456', 'pw-confirm': 'new-password-456' })
    await save()
    expect(authApi.changePassword).toHaveBeenCalledWith('wrong-one', 'new-password-456')
    expect(errorText(wrapper)).toEqual(['当前密码不正确'])
    expect(toast.error).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('closes with a notice when the password was changed', async () => {
    authApi.changePassword.mockResolvedValue(undefined)
    const wrapper = mountDialog()
    await flushPromises()
    await fill({ 'pw-current': 'password-123', 'pw-new': 'new-password-456', 'pw-confirm': 'new-password-456' })
    await save()
    expect(toast.success).toHaveBeenCalledWith('密码已修改，其他电脑或浏览器上的登录已退出')
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    wrapper.unmount()
  })
})
