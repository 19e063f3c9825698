import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { usePolling } from './usePolling.js'

function inScope(tick, interval) {
  const scope = effectScope()
  const poller = scope.run(() => usePolling(tick, interval))
  return { scope, poller }
}

describe('usePolling', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('ticks every interval until the tick says it is done', async () => {
    let calls = 0
    const { poller } = inScope(async () => ++calls < 3, 1000)

    poller.start()
    expect(calls).toBe(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(1)
    await vi.advanceTimersByTimeAsync(5000)

    expect(calls).toBe(3)
    expect(poller.active.value).toBe(false)
  })

  it('waits for a slow answer before asking again', async () => {
    let answer
    const tick = vi.fn(
      () =>
        new Promise((resolve) => {
          answer = resolve
        }),
    )
    const { poller } = inScope(tick, 1000)

    poller.start()
    await vi.advanceTimersByTimeAsync(4000)
    expect(tick).toHaveBeenCalledTimes(1)

    answer(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(tick).toHaveBeenCalledTimes(2)
  })

  it('stops when the page that started it goes away, even with a tick in flight', async () => {
    let answer
    const tick = vi.fn(
      () =>
        new Promise((resolve) => {
          answer = resolve
        }),
    )
    const { scope, poller } = inScope(tick, 1000)
    poller.start()
    await vi.advanceTimersByTimeAsync(1000)

    scope.stop()
    answer(true)
    await vi.advanceTimersByTimeAsync(10000)

    expect(tick).toHaveBeenCalledTimes(1)
    expect(poller.active.value).toBe(false)
  })

  it('stops, without hiding the error, when a tick throws', async () => {
    const failure = new Error('broken tick')
    const errors = []
    const tick = vi.fn(async () => {
      throw failure
    })
    const { poller } = inScope(tick, 1000)
    const onRejection = (reason) => errors.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      poller.start()
      await vi.advanceTimersByTimeAsync(3000)
      await Promise.resolve()
    } finally {
      process.off('unhandledRejection', onRejection)
    }
    expect(poller.active.value).toBe(false)
    expect(errors).toEqual([failure])
    expect(tick).toHaveBeenCalledTimes(1)
  })
})
