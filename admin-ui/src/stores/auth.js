import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '../api/admin.js'

/** The signed-in administrator, their roles and unit; the session itself lives in the server's cookie. */
export const useAuthStore = defineStore('auth', () => {
  const user = ref(null)
  const ready = ref(false)
  /** Set when a request found the session ended, so guards let the editor leave without asking. */
  const expired = ref(false)

  const roles = computed(() => new Set(user.value?.roles || []))
  const hasRole = (role) => roles.value.has(role)
  const isAdmin = computed(() => hasRole('ADMIN'))
  const isReviewer = computed(() => hasRole('REVIEWER'))
  /** Who the server lets moderate submissions and write schedules and urgent inserts (their @RequiresRole rules). */
  const isReviewerOrAdmin = computed(() => isReviewer.value || isAdmin.value)
  /** An administrator of the banner office (the root unit): banner-wide settings and operations are theirs. */
  const isBannerAdmin = computed(() => isAdmin.value && user.value?.bannerLevel === true)

  /** Makes sure the XSRF-TOKEN cookie exists, then learns whether a session is open. */
  async function init() {
    try {
      await authApi.csrf()
      const session = await authApi.session()
      user.value = session.authenticated ? session.user : null
    } catch {
      user.value = null
    } finally {
      ready.value = true
    }
  }

  async function login(username, password) {
    const signedIn = await authApi.login(username, password)
    await authApi.csrf()
    user.value = signedIn
    expired.value = false
    ready.value = true
    return signedIn
  }

  async function logout() {
    try {
      await authApi.logout()
    } finally {
      user.value = null
      expired.value = false
    }
  }

  function sessionExpired() {
    user.value = null
    expired.value = true
  }

  return {
    user,
    ready,
    expired,
    roles,
    hasRole,
    isAdmin,
    isReviewer,
    isReviewerOrAdmin,
    isBannerAdmin,
    init,
    login,
    logout,
    sessionExpired,
  }
})
