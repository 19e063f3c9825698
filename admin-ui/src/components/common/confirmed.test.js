import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessageBox } from 'element-plus'
import { confirmed } from './confirmed.js'

describe('confirmed', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is true when the box is confirmed, with the given button and type', async () => {
    const box = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm')

    expect(await confirmed('确定删除吗？', '删除', { confirmText: '删除', type: 'info' })).toBe(true)
    expect(box).toHaveBeenCalledWith('确定删除吗？', '删除', {
      confirmButtonText: '删除',
      cancelButtonText: '取消',
      type: 'info',
    })
  })

  it('is false when the box is cancelled or closed', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')

    expect(await confirmed('确定删除吗？', '删除')).toBe(false)
  })
})
