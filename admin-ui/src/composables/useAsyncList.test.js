import { describe, expect, it } from 'vitest'
import { useAsyncList } from './useAsyncList.js'

function deferred() {
  let resolve
  let reject
  const promise = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useAsyncList', () => {
  it('shows loading until a page arrives, then its rows and total', async () => {
    const answer = deferred()
    const list = useAsyncList(() => answer.promise)

    const loading = list.load()
    expect(list.loading.value).toBe(true)
    answer.resolve({ items: [{ id: 1 }], total: 41 })
    await loading

    expect(list.loading.value).toBe(false)
    expect(list.rows.value).toEqual([{ id: 1 }])
    expect(list.total.value).toBe(41)
  })

  it('takes a plain array as every row there is, asked with what load was given', async () => {
    const list = useAsyncList(async (query) => [{ id: 1, page: query.page }, { id: 2 }])
    await list.load({ page: 3 })
    expect(list.total.value).toBe(2)
    expect(list.rows.value[0].page).toBe(3)
  })

  it('says in one sentence why a load failed and clears it when the next succeeds', async () => {
    let fail = true
    const list = useAsyncList(async () => {
      if (fail) {
        throw { response: { status: 403, data: { code: 'FORBIDDEN', detail: '没有权限执行此操作' } } }
      }
      return []
    })

    await list.load()
    expect(list.error.value).toBe('没有权限执行此操作')
    expect(list.loading.value).toBe(false)

    fail = false
    await list.load()
    expect(list.error.value).toBeNull()
  })

  it('keeps the latest answer when an earlier, slower one arrives after it', async () => {
    const slow = deferred()
    const fast = deferred()
    const answers = [slow, fast]
    const list = useAsyncList(() => answers.shift().promise)

    const first = list.load()
    const second = list.load()
    fast.resolve({ items: [{ id: 'new' }], total: 1 })
    await second
    slow.resolve({ items: [{ id: 'old' }], total: 1 })
    await first

    expect(list.rows.value).toEqual([{ id: 'new' }])
    expect(list.loading.value).toBe(false)
  })
})
