import { defineStore } from 'pinia'
import { ref } from 'vue'
import { contentApi } from '../api/admin.js'

/** How many submissions and edits of published items wait for review in the user's scope: the menu's badge. */
export const useReviewQueueStore = defineStore('reviewQueue', () => {
  const count = ref(0)

  async function refresh() {
    try {
      const page = await contentApi.list({ awaitingReview: true, page: 1, size: 1 })
      count.value = page.total
    } catch {
      // The badge is a hint; a failed refresh keeps the last count.
    }
    return count.value
  }

  return { count, refresh }
})
