import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer } from 'node:http'

/**
 * A real HTTP server stands in for the admin API, so the test sees the headers the browser's request
 * really carries (axios adds the CSRF header in its XHR adapter, only for requests to the page's origin,
 * which it notes when loaded: so the client is imported once the page is "at" the server).
 */
let server
let seen = []
let http, onSessionExpired, problemOf, problemText, fieldErrorsOf

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url, method: request.method, xsrf: request.headers['x-xsrf-token'] })
    const send = (status, body) => {
      response.writeHead(status, { 'Content-Type': 'application/problem+json', 'Access-Control-Allow-Origin': '*' })
      response.end(JSON.stringify(body))
    }
    if (request.url.endsWith('/expired')) {
      send(401, { status: 401, code: 'AUTH_REQUIRED', detail: '请先登录' })
    } else if (request.url.endsWith('/wrong-password')) {
      send(401, { status: 401, code: 'BAD_CREDENTIALS', detail: '用户名或密码错误' })
    } else {
      send(200, { ok: true })
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  window.happyDOM.setURL(`http://127.0.0.1:${server.address().port}/admin/`)
  ;({ http, onSessionExpired, problemOf, problemText, fieldErrorsOf } = await import('./http.js'))
})

afterAll(() => server.close())

describe('admin HTTP client', () => {
  it('echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header of writes', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/'
    seen = []

    await http.post('/contents', { title: '标题' })

    expect(seen[0]).toMatchObject({ url: '/api/admin/v1/contents', method: 'POST', xsrf: 'token-123' })
  })

  it('reports an ended session once, and not a wrong password', async () => {
    const expired = vi.fn()
    onSessionExpired(expired)

    await expect(http.get('/contents/1/expired')).rejects.toBeTruthy()
    await expect(http.post('/auth/wrong-password')).rejects.toBeTruthy()

    expect(expired).toHaveBeenCalledTimes(1)
  })
})

describe('problems', () => {
  it('reads the problem body and its field errors in Chinese', () => {
    const error = {
      response: {
        status: 400,
        data: {
          code: 'VALIDATION_FAILED',
          detail: '提交的内容未通过校验',
          errors: [{ field: 'title', message: '不能为空' }],
        },
      },
    }
    expect(problemOf(error).code).toBe('VALIDATION_FAILED')
    expect(problemText(error)).toBe('提交的内容未通过校验：不能为空')
  })

  it('says a problem once when its detail already names the fields', () => {
    const error = {
      response: {
        status: 400,
        data: {
          code: 'CONTENT_INCOMPLETE',
          detail: '提交审核前请补全：金句、出处',
          errors: [
            { field: 'quote', message: '请填写金句' },
            { field: 'quoteSource', message: '请填写出处' },
          ],
        },
      },
    }
    expect(problemText(error)).toBe('提交审核前请补全：金句、出处')
    expect(fieldErrorsOf(error)).toEqual({ quote: '请填写金句', quoteSource: '请填写出处' })
  })

  it('explains network failures and bodies that are not problems', () => {
    expect(problemText({ message: 'Network Error' })).toBe('网络连接失败，请检查网络后重试')
    expect(problemOf({ response: { status: 502, data: '<html>' } })).toMatchObject({
      status: 502,
      detail: '服务器返回了错误（502）',
    })
  })
})
