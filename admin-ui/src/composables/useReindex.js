import { ref } from 'vue'
import { searchApi } from '../api/admin.js'
import { problemOf, problemText } from '../api/http.js'
import { nextReindexState, REINDEX_IDLE, shouldPoll } from '../domain/searchIndex.js'
import { usePolling } from './usePolling.js'

/**
 * Starts a search index rebuild, or joins the one already running, and follows its progress until it
 * ends. `onSettled(state)` hears how it ended (done, failed, or lost when the server stopped answering);
 * leaving the page stops following without a word.
 */
export function useReindex({ interval = 1000, onSettled } = {}) {
  const state = ref(REINDEX_IDLE)
  const starting = ref(false)
  const poller = usePolling(poll, interval)

  function follow(progress) {
    state.value = nextReindexState(REINDEX_IDLE, { type: 'progress', progress })
    if (shouldPoll(state.value)) {
      poller.start()
    } else {
      // A small index can be rebuilt before the start request even answers.
      poller.stop()
      onSettled?.(state.value)
    }
  }

  /**
   * Asks for a rebuild. Only one runs at a time: when the server answers REINDEX_RUNNING, the running one
   * (its reindexId) is followed instead. Resolves 'started' or 'joined'.
   */
  async function start() {
    starting.value = true
    try {
      follow(await searchApi.reindex())
      return 'started'
    } catch (e) {
      const problem = problemOf(e)
      if (problem.code !== 'REINDEX_RUNNING' || !problem.reindexId) {
        throw e
      }
      follow(await searchApi.reindexProgress(problem.reindexId))
      return 'joined'
    } finally {
      starting.value = false
    }
  }

  async function poll() {
    const id = state.value.progress.id
    let next
    try {
      next = nextReindexState(state.value, { type: 'progress', progress: await searchApi.reindexProgress(id) })
    } catch (e) {
      next = nextReindexState(state.value, { type: 'error', message: problemText(e) })
    }
    // The page was left, or another rebuild is followed now: this answer is old news.
    if (!poller.active.value || state.value.progress?.id !== id) {
      return false
    }
    state.value = next
    if (!shouldPoll(next)) {
      onSettled?.(next)
    }
    return shouldPoll(next)
  }

  return { state, starting, start, follow }
}
