import { ref } from 'vue'
import { problemText } from '../api/http.js'

/**
 * The rows of a list loaded from the server: `fetch`, called with what load() was given, answers an array or
 * a page ({items, total}). `error` is
 * the one sentence that says why the last load failed, cleared by the next success. When loads overlap (a
 * filter changed while the last answer was on its way) only the latest one's rows are shown.
 */
export function useAsyncList(fetch) {
  const rows = ref([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref(null)
  let latest = 0

  async function load(...args) {
    const mine = ++latest
    loading.value = true
    try {
      const answer = await fetch(...args)
      if (mine === latest) {
        rows.value = Array.isArray(answer) ? answer : answer.items
        total.value = Array.isArray(answer) ? answer.length : answer.total
        error.value = null
      }
    } catch (e) {
      if (mine === latest) {
        error.value = problemText(e)
      }
    } finally {
      if (mine === latest) {
        loading.value = false
      }
    }
  }

  return { rows, total, loading, error, load }
}
