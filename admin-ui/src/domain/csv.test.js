import { describe, expect, it } from 'vitest'
import { toCsv } from './csv.js'

describe('toCsv', () => {
  const columns = [{ label: '标题', value: (r) => r.title }, { label: '标签', value: (r) => r.tags.join('、') }]

  it('writes a file Excel opens in Chinese, quoting what needs it', () => {
    const text = toCsv(columns, [{ title: '端午,包粽子', tags: ['节日', '民俗'] }, { title: '他说"好"', tags: [] }])
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text.slice(1).split('\r\n')).toEqual(['标题,标签', '"端午,包粽子",节日、民俗', '"他说""好""",', ''])
  })

  it('never lets a cell run as a formula', () => {
    expect(toCsv(columns, [{ title: '=HYPERLINK("x")', tags: [] }]).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",`)
  })
})
