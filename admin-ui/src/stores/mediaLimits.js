import { defineStore } from 'pinia'
import { ref } from 'vue'
import { mediaApi } from '../api/admin.js'

/** The upload size limits the server is configured with, read once per session (GET media/limits). */
export const useMediaLimitsStore = defineStore('mediaLimits', () => {
  const limits = ref(null)
  let loading = null

  /** Resolves when known; a failed read is tried again next time and leaves the size to the server. */
  function load() {
    loading ??= mediaApi.limits().then(
      (read) => {
        limits.value = read
      },
      () => {
        loading = null
      },
    )
    return loading
  }

  const maxBytes = (use) => limits.value?.[`${use}MaxBytes`] ?? null

  return { limits, load, maxBytes }
})
