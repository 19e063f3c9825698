import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'

vi.mock('../api/admin.js', () => ({ contentApi: { create: vi.fn(), update: vi.fn(), action: vi.fn(), get: vi.fn() } }))
vi.mock('element-plus', () => ({ ElMessageBox: { prompt: vi.fn() } }))
vi.mock('../components/common/confirmed.js', () => ({ confirmed: vi.fn() }))
vi.mock('../components/common/toast.js', () => ({ toast: { success: vi.fn(), error: vi.fn(), info: vi.fn() } }))
const { contentApi } = await import('../api/admin.js')
const { ElMessageBox } = await import('element-plus')
const { confirmed } = await import('../components/common/confirmed.js')
const { toast } = await import('../components/common/toast.js')
const { useContentActions } = await import('./useContentActions.js')

const problem = (status, code, detail = '出错了') => ({ response: { status, data: { status, code, detail } } })

/** The editor screen around the actions, every hook a spy; `item` null means a new item. */
function editor({ item = null, dirty = false } = {}) {
  const screen = {
    item: ref(item),
    isNew: ref(!item),
    dirty: ref(dirty),
    form: ref({ kind: 'POSTER', title: '标题', summary: '  ' }),
    accept: vi.fn(async (result) => {
      screen.item.value = result
      screen.dirty.value = false
    }),
    checkRequired: vi.fn(() => true),
    showProblem: vi.fn(),
    clearErrors: vi.fn(),
    onCreated: vi.fn(),
    onConflict: vi.fn(),
    onDecided: vi.fn(),
  }
  return { screen, actions: useContentActions(screen) }
}

const draft = { id: 7, version: 3, status: 'DRAFT' }

describe('useContentActions', () => {
  beforeEach(() => vi.resetAllMocks())

  it('creates a new item once, hands over the answer and says it was saved', async () => {
    contentApi.create.mockResolvedValue({ ...draft, version: 1 })
    const { screen, actions } = editor()

    expect(await actions.save()).toBe(true)

    expect(contentApi.create).toHaveBeenCalledWith({ kind: 'POSTER', title: '标题', summary: null })
    expect(screen.accept).toHaveBeenCalledWith({ ...draft, version: 1 })
    expect(screen.onCreated).toHaveBeenCalledWith({ ...draft, version: 1 })
    expect(toast.success).toHaveBeenCalledWith('已保存')
    expect(actions.busy.value).toBe(false)
  })

  it('saves nothing while the title or unit is missing', async () => {
    const { screen, actions } = editor({ item: draft })
    screen.checkRequired.mockReturnValue(false)

    expect(await actions.save()).toBe(false)
    expect(contentApi.update).not.toHaveBeenCalled()
  })

  it('hands a version conflict to the conflict dialog instead of showing it as a problem', async () => {
    contentApi.update.mockRejectedValue(problem(409, 'VERSION_CONFLICT'))
    const { screen, actions } = editor({ item: draft })

    expect(await actions.save()).toBe(false)

    expect(contentApi.update).toHaveBeenCalledWith(7, expect.objectContaining({ version: 3 }))
    expect(screen.onConflict).toHaveBeenCalled()
    expect(screen.showProblem).not.toHaveBeenCalled()
  })

  it('submits unsaved changes by saving them quietly first', async () => {
    contentApi.update.mockResolvedValue({ ...draft, version: 4 })
    contentApi.action.mockResolvedValue({ ...draft, version: 5, status: 'SUBMITTED' })
    const { actions } = editor({ item: draft, dirty: true })

    await actions.submit()

    expect(contentApi.action).toHaveBeenCalledWith(7, 'submit', undefined)
    expect(toast.success.mock.calls).toEqual([['已提交审核']])
  })

  it('shows a refused step and reloads the item, which may have moved on', async () => {
    contentApi.action.mockRejectedValue(problem(409, 'INVALID_TRANSITION', '当前状态不能提交'))
    contentApi.get.mockResolvedValue({ ...draft, status: 'SUBMITTED' })
    const { screen, actions } = editor({ item: draft })

    await actions.submit()

    expect(screen.showProblem).toHaveBeenCalled()
    expect(screen.accept).toHaveBeenCalledWith({ ...draft, status: 'SUBMITTED' })
    expect(toast.success).not.toHaveBeenCalled()
  })

  it('approves with the reviewer’s opinion and the version read, then looks for the next item', async () => {
    ElMessageBox.prompt.mockResolvedValue({ value: '  同意发布 ' })
    contentApi.action.mockResolvedValue({ ...draft, status: 'APPROVED' })
    const { screen, actions } = editor({ item: { ...draft, status: 'SUBMITTED' } })

    await actions.approve()

    expect(contentApi.action).toHaveBeenCalledWith(7, 'approve', { reason: '同意发布', version: 3 })
    expect(toast.success).toHaveBeenCalledWith('已审核通过')
    expect(screen.onDecided).toHaveBeenCalled()
  })

  it('does nothing when the reviewer cancels the rejection', async () => {
    ElMessageBox.prompt.mockRejectedValue('cancel')
    const { screen, actions } = editor({ item: { ...draft, status: 'SUBMITTED' } })

    await actions.reject()

    expect(contentApi.action).not.toHaveBeenCalled()
    expect(screen.onDecided).not.toHaveBeenCalled()
  })

  it('withdraws a pending edit only after asking, and says the live version stays', async () => {
    confirmed.mockResolvedValue(true)
    contentApi.action.mockResolvedValue({ ...draft, status: 'PUBLISHED' })
    const { actions } = editor({ item: { ...draft, status: 'PUBLISHED', pendingRevision: { version: 4 } } })

    await actions.withdraw()

    expect(confirmed).toHaveBeenCalledWith(expect.stringContaining('线上版本保持不变'), '撤回修改')
    expect(toast.success).toHaveBeenCalledWith('已撤回修改，线上版本未变')
  })

  it('tells a scheduled publication from an immediate one', async () => {
    contentApi.action.mockResolvedValue({ ...draft, status: 'SCHEDULED' })
    const { actions } = editor({ item: { ...draft, status: 'APPROVED' } })

    expect(await actions.publish({ publishAt: '2026-12-24T09:00:00', offlineAt: null })).toBe(true)
    expect(await actions.publish({ publishAt: null, offlineAt: null })).toBe(true)

    expect(contentApi.action).toHaveBeenCalledWith(7, 'publish', { publishAt: '2026-12-24T09:00:00', offlineAt: null })
    expect(toast.success.mock.calls).toEqual([['已设置定时发布'], ['已发布']])
  })

  it('takes an item offline with the reason given, or none', async () => {
    ElMessageBox.prompt.mockResolvedValue({ value: '' })
    contentApi.action.mockResolvedValue({ ...draft, status: 'OFFLINE' })
    const { actions } = editor({ item: { ...draft, status: 'PUBLISHED' } })

    await actions.takeOffline()

    expect(contentApi.action).toHaveBeenCalledWith(7, 'offline', { reason: null })
    expect(toast.success).toHaveBeenCalledWith('已下线')
  })
})
