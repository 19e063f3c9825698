import { describe, expect, it } from 'vitest'
import { batchSummary, documentRows, eachInTurn, nextToReview, submittedBy, submitterOf } from './reviewing.js'

const rows = [
  { id: 3, title: '后提交', createdBy: 7, updatedAt: '2026-12-01T10:00:00' },
  { id: 1, title: '先提交', createdBy: 7, updatedAt: '2026-12-01T09:00:00' },
  { id: 2, title: '我写的', createdBy: 9, updatedAt: '2026-12-01T08:00:00' },
  { id: 4, title: '我改的线上内容', createdBy: 7, updatedAt: '2026-12-01T07:00:00', pendingRevision: { editorId: 9 } },
]

describe('reviewing', () => {
  it('takes up the oldest other item the reviewer did not make', () => {
    expect(nextToReview(rows, 1, 9).id).toBe(3)
    expect(nextToReview(rows, 3, 9).id).toBe(1)
    expect(nextToReview(rows.slice(2), 2, 9)).toBeNull()
    expect(submittedBy(rows[3], 9)).toBe(true)
  })

  it('orders by when an item was sent to review and names who sent it', () => {
    const queue = [
      {
        id: 5,
        createdBy: 7,
        submittedByName: '八仙筒镇编辑',
        submittedAt: '2026-12-01T11:00:00',
        updatedAt: '2026-12-01T06:00:00',
      },
      {
        id: 6,
        createdBy: 7,
        submittedByName: '青龙掌镇编辑',
        submittedAt: '2026-12-01T10:00:00',
        updatedAt: '2026-12-01T12:00:00',
      },
    ]
    expect(nextToReview(queue, null, 9).id).toBe(6)
    expect(submitterOf(queue[0])).toBe('八仙筒镇编辑')
    expect(submitterOf({ pendingRevision: { editorName: '旗文明办编辑' } })).toBe('旗文明办编辑')
  })

  it('approves each item by its own request and goes on past a refusal', async () => {
    const seen = []
    const result = await eachInTurn(
      rows.slice(0, 2),
      async (row) => {
        seen.push(row.id)
        if (row.id === 3) throw new Error('内容已被修改')
      },
      (e) => e.message,
    )
    expect(seen).toEqual([3, 1])
    expect(result.done.map((r) => r.id)).toEqual([1])
    expect(batchSummary('已通过', result)).toBe('已通过 1 条，1 条未通过：《后提交》内容已被修改')
    expect(batchSummary('已通过', { done: rows, failed: [] })).toBe('已通过 4 条')
  })
})

describe('documentRows', () => {
  it('reads a poster as labelled text, with names for codes and without empty fields or files', () => {
    const rows = documentRows(
      {
        kind: 'POSTER',
        title: '绿水青山',
        summary: '',
        body: '<p>正文</p>',
        imageKey: 'a.jpg',
        quote: '绿水青山就是金山银山。',
        quoteSource: '习近平在浙江安吉考察时的讲话',
        interpretation: null,
        language: 'zh',
        orgUnitId: 5,
        tags: ['生态', '文明'],
        featured: false,
        column: '',
        coverKey: null,
      },
      { orgUnitId: () => '八仙筒镇', language: () => '中文' },
    )
    expect(rows.map((r) => [r.label, r.text])).toEqual([
      ['语言', '中文'],
      ['所属单位', '八仙筒镇'],
      ['标签', '生态、文明'],
      ['首页推荐', '否'],
      ['金句', '绿水青山就是金山银山。'],
      ['出处', '习近平在浙江安吉考察时的讲话'],
    ])
  })
})
