import axios from 'axios'

/**
 * The one HTTP client of the console. The server keeps the session in a cookie and checks a CSRF token on
 * every write: axios copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header by itself.
 */
export const http = axios.create({
  baseURL: '/api/admin/v1',
  withCredentials: true,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  timeout: 30000,
})

let sessionExpiredHandler = null

/** Called with no arguments when a request answers 401 AUTH_REQUIRED (the session ended). */
export function onSessionExpired(handler) {
  sessionExpiredHandler = handler
}

http.interceptors.response.use(
  (response) => response,
  (error) => {
    const problem = error.response?.data
    if (error.response?.status === 401 && problem?.code === 'AUTH_REQUIRED' && sessionExpiredHandler) {
      sessionExpiredHandler()
    }
    return Promise.reject(error)
  },
)

/** The problem+json body of a failed request, or a stand-in for network failures. */
export function problemOf(error) {
  const data = error?.response?.data
  if (data && typeof data === 'object' && data.code) {
    return data
  }
  if (error?.response) {
    return {
      status: error.response.status,
      code: 'HTTP_' + error.response.status,
      detail: '服务器返回了错误（' + error.response.status + '）',
    }
  }
  return { status: 0, code: 'NETWORK', detail: '网络连接失败，请检查网络后重试' }
}

/**
 * One Chinese sentence for the editor. A problem that names its fields in its detail (提交审核前请补全：金句、出处)
 * is that detail alone; only the general validation answer needs its field messages to say what is wrong.
 */
export function problemText(error) {
  const problem = problemOf(error)
  const detail = problem.detail || problem.title || '操作失败'
  const fields = [...new Set((problem.errors || []).map((e) => e.message).filter(Boolean))]
  return problem.code === 'VALIDATION_FAILED' && fields.length ? detail + '：' + fields.join('；') : detail
}

/** The field messages of a problem by field name, for the form that shows them beside each field. */
export function fieldErrorsOf(error) {
  return Object.fromEntries(
    (problemOf(error).errors || []).filter((e) => e.field && e.message).map((e) => [e.field, e.message]),
  )
}

export const data = (promise) => promise.then((response) => response.data)
