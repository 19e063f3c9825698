import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('element-plus', () => {
  const ElMessage = vi.fn()
  ElMessage.closeAll = vi.fn()
  return { ElMessage }
})
const { ElMessage } = await import('element-plus')
const { toast, TOAST_MS } = await import('./toast.js')

describe('toast', () => {
  beforeEach(() => vi.clearAllMocks())

  it('lasts at most three seconds and sits at the bottom, away from the page header', () => {
    toast.success('已保存')
    const options = ElMessage.mock.calls[0][0]
    expect(options).toMatchObject({ type: 'success', message: '已保存', placement: 'bottom' })
    expect(options.duration).toBeLessThanOrEqual(3000)
    expect(TOAST_MS).toBeLessThanOrEqual(3000)
  })

  it('replaces the notice before it, so an old error never stands beside a later success', () => {
    toast.error('提交审核前请补全：金句')
    toast.success('已提交审核')
    expect(ElMessage.closeAll).toHaveBeenCalledTimes(2)
    expect(ElMessage.mock.invocationCallOrder[0]).toBeGreaterThan(ElMessage.closeAll.mock.invocationCallOrder[0])
    expect(ElMessage.closeAll.mock.invocationCallOrder[1]).toBeLessThan(ElMessage.mock.invocationCallOrder[1])
  })

  it('lets problems be closed by hand, successes go by themselves', () => {
    toast.error('网络连接失败')
    toast.info('已载入')
    expect(ElMessage.mock.calls[0][0].showClose).toBe(true)
    expect(ElMessage.mock.calls[1][0].showClose).toBe(false)
  })
})
