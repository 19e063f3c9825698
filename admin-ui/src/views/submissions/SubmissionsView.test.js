import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { useAuthStore } from '../../stores/auth.js'

vi.mock('../../api/admin.js', () => ({ submissionApi: { list: vi.fn(), approve: vi.fn(), reject: vi.fn() } }))
const { submissionApi } = await import('../../api/admin.js')
const SubmissionsView = (await import('./SubmissionsView.vue')).default

const entry = (id, fields = {}) => ({
  id,
  quoteText: `第${id}条金句`,
  authorName: null,
  residentNickname: '巴特尔',
  orgUnitId: 3,
  orgUnitName: '明仁苏木',
  photoUrl: `/api/mini/v1/images/submission/${id}.jpg`,
  textCheck: 'PASS',
  photoCheck: 'PASS',
  status: 'PENDING',
  rejectReason: null,
  createdAt: '2026-05-04T09:30:00',
  reviewedAt: null,
  ...fields,
})

async function open(roles, items) {
  useAuthStore().user = { id: 1, roles }
  submissionApi.list.mockImplementation(({ status, size }) =>
    Promise.resolve(
      size === 1
        ? { items: [], total: status === 'PENDING' ? items.length : 0 }
        : { items: status === 'PENDING' ? items : [], total: status === 'PENDING' ? items.length : 0 },
    ),
  )
  const wrapper = mount(SubmissionsView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const row = (wrapper, text) =>
  wrapper.findAll('[data-testid="submissions-table"] .el-table__row').find((r) => r.text().includes(text))

describe('SubmissionsView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    document.body.innerHTML = ''
  })

  it('lists pending entries with their counts and lets a reviewer approve one', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm')
    submissionApi.approve.mockResolvedValue(entry(1, { status: 'APPROVED' }))
    const wrapper = await open(['REVIEWER'], [entry(1), entry(2)])

    expect(wrapper.find('[data-testid="submission-status"]').text()).toContain('待审核（2）')
    expect(row(wrapper, '第1条金句').text()).toContain('巴特尔')
    await row(wrapper, '第1条金句').find('[data-testid="approve-submission"]').trigger('click')
    await flushPromises()

    expect(submissionApi.approve).toHaveBeenCalledWith(1)
  })

  it('holds approval while the photo check runs', async () => {
    const wrapper = await open(['REVIEWER'], [entry(3, { photoCheck: 'PENDING' })])
    expect(row(wrapper, '第3条金句').find('[data-testid="approve-submission"]').attributes('disabled')).toBeDefined()
  })

  it('will not reject without a reason, and sends the reason given', async () => {
    submissionApi.reject.mockResolvedValue(entry(2, { status: 'REJECTED' }))
    const wrapper = await open(['ADMIN'], [entry(2)])
    await row(wrapper, '第2条金句').find('[data-testid="reject-submission"]').trigger('click')
    await flushPromises()

    document.querySelector('[data-testid="confirm-reject"]').click()
    // Element Plus shows a form item's error after a 100 ms debounce.
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(document.querySelector('.el-dialog .el-form-item__error').textContent).toContain('请填写不采用的原因')
    expect(submissionApi.reject).not.toHaveBeenCalled()

    const reason = document.querySelector('#s-reason')
    reason.value = ' 字迹不清 '
    reason.dispatchEvent(new Event('input'))
    document.querySelector('[data-testid="confirm-reject"]').click()
    await flushPromises()
    expect(submissionApi.reject).toHaveBeenCalledWith(2, '字迹不清')
  })

  it('shows editors the entries without the decision buttons', async () => {
    const wrapper = await open(['EDITOR'], [entry(4)])
    expect(wrapper.text()).toContain('你没有审核员角色')
    expect(wrapper.find('[data-testid="approve-submission"]').exists()).toBe(false)
  })

  it('says so when nothing waits', async () => {
    const wrapper = await open(['REVIEWER'], [])
    expect(wrapper.text()).toContain('没有待审核的投稿')
  })
})
