import { http, data } from './http.js'

/** Admin API calls, one function per endpoint; see README.md "API overview". */
export const authApi = {
  csrf: () => data(http.get('/auth/csrf')),
  session: () => data(http.get('/auth/session')),
  login: (username, password) => data(http.post('/auth/login', { username, password })),
  logout: () => data(http.post('/auth/logout')),
  me: () => data(http.get('/auth/me')),
  changePassword: (currentPassword, newPassword) => data(http.post('/auth/password', { currentPassword, newPassword })),
  sessions: () => data(http.get('/auth/sessions')),
  endSession: (id) => data(http.delete(`/auth/sessions/${encodeURIComponent(id)}`)),
}

export const contentApi = {
  list: (params) => data(http.get('/contents', { params })),
  get: (id) => data(http.get(`/contents/${id}`)),
  create: (fields) => data(http.post('/contents', fields)),
  update: (id, fields) => data(http.put(`/contents/${id}`, fields)),
  remove: (id) => data(http.delete(`/contents/${id}`)),
  action: (id, action, body) => data(http.post(`/contents/${id}/${action}`, body)),
  transitions: (id) => data(http.get(`/contents/${id}/transitions`)),
  revisions: (id) => data(http.get(`/contents/${id}/revisions`)),
  revision: (id, version) => data(http.get(`/contents/${id}/revisions/${version}`)),
  restore: (id, revision, version) => data(http.post(`/contents/${id}/revisions/${revision}/restore`, { version })),
  stats: () => data(http.get('/contents/stats')),
  brandTargets: () => data(http.get('/contents/brand-project-targets')),
  trends: (weeks) => data(http.get('/contents/trends', { params: { weeks } })),
}

export const settingsApi = {
  reviewLevels: () => data(http.get('/settings/review-levels')),
  setReviewLevels: (levels) => data(http.put('/settings/review-levels', { levels })),
}

export const orgUnitApi = {
  tree: () => data(http.get('/org-units')),
  create: (body) => data(http.post('/org-units', body)),
  update: (id, body) => data(http.put(`/org-units/${id}`, body)),
  remove: (id) => data(http.delete(`/org-units/${id}`)),
}

export const userApi = {
  list: () => data(http.get('/users')),
  roles: () => data(http.get('/users/roles')),
  create: (body) => data(http.post('/users', body)),
  update: (id, body) => data(http.put(`/users/${id}`, body)),
  resetPassword: (id, password) => data(http.post(`/users/${id}/password`, { password })),
}

export const festivalApi = {
  year: (year) => data(http.get('/festivals', { params: { year } })),
  definitions: () => data(http.get('/festivals/definitions')),
}

export const auditApi = {
  search: (params) => data(http.get('/audit-log', { params })),
}

export const mediaApi = {
  /** Uploads one file; onProgress gets axios progress events, signal (an AbortSignal) cancels. */
  upload: (use, file, { onProgress, signal } = {}) => {
    const form = new FormData()
    form.append('file', file)
    return data(http.post(`/media/${use}`, form, { onUploadProgress: onProgress, signal, timeout: 0 }))
  },
  info: (key) => data(http.get(`/media/${key}/info`)),
  limits: () => data(http.get('/media/limits')),
}

export const submissionApi = {
  list: (params) => data(http.get('/submissions', { params })),
  approve: (id) => data(http.post(`/submissions/${id}/approve`)),
  reject: (id, reason) => data(http.post(`/submissions/${id}/reject`, { reason })),
}

export const searchApi = {
  status: () => data(http.get('/search/status')),
  reindex: () => data(http.post('/search/reindex')),
  reindexProgress: (id) => data(http.get(`/search/reindex/${id}`)),
  reconcile: () => data(http.post('/search/reconcile')),
}

export const stationApi = {
  list: () => data(http.get('/stations')),
  get: (id) => data(http.get(`/stations/${id}`)),
  create: (body) => data(http.post('/stations', body)),
  update: (id, body) => data(http.put(`/stations/${id}`, body)),
  rotateKey: (id) => data(http.post(`/stations/${id}/key`)),
  playlist: (id, date) => data(http.get(`/stations/${id}/playlist`, { params: { date } })),
  health: () => data(http.get('/station-health')),
  playableAudio: (keyword) => data(http.get('/station-audio', { params: { keyword, size: 30 } })),
  schedules: () => data(http.get('/station-schedules')),
  schedule: (id) => data(http.get(`/station-schedules/${id}`)),
  createSchedule: (body) => data(http.post('/station-schedules', body)),
  updateSchedule: (id, body) => data(http.put(`/station-schedules/${id}`, body)),
  removeSchedule: (id) => data(http.delete(`/station-schedules/${id}`)),
  urgent: () => data(http.get('/station-urgent')),
  createUrgent: (body) => data(http.post('/station-urgent', body)),
  endUrgent: (id) => data(http.post(`/station-urgent/${id}/end`)),
  ledger: (params) => data(http.get('/station-ledger', { params })),
}
