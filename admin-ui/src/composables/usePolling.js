import { getCurrentScope, onScopeDispose, ref } from 'vue'

/**
 * Calls `tick` every `interval` ms while it resolves true. One call at a time: the next waits for the
 * previous answer, so a slow server is never asked twice at once. Polling ends when `tick` resolves false
 * or throws (the error is not swallowed), on stop(), and when the component that started it goes away.
 */
export function usePolling(tick, interval = 1000) {
  const active = ref(false)
  let timer = null
  // Each start() begins a new generation; a tick still in flight from an older one schedules nothing.
  let generation = 0

  function schedule(mine) {
    timer = setTimeout(async () => {
      timer = null
      let again = false
      try {
        again = await tick()
      } finally {
        if (mine === generation) {
          if (again) {
            schedule(mine)
          } else {
            active.value = false
          }
        }
      }
    }, interval)
  }

  function stop() {
    generation++
    clearTimeout(timer)
    timer = null
    active.value = false
  }

  function start() {
    stop()
    active.value = true
    schedule(generation)
  }

  if (getCurrentScope()) {
    onScopeDispose(stop)
  }
  return { active, start, stop }
}
