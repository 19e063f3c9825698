import { describe, expect, it } from 'vitest'
import { daysLeftText, itemsByFestival, yearGrid } from './calendar.js'

describe('yearGrid', () => {
  it('lays out twelve months starting on Monday with festivals on their days', () => {
    const months = yearGrid(2027, [{ code: 'CHUNJIE', name: '春节', date: '2027-02-06' }])
    expect(months).toHaveLength(12)
    // 1 February 2027 is a Monday: no blank cells before it.
    const february = months[1]
    expect(february.cells[0].date).toBe('2027-02-01')
    expect(february.cells.filter(Boolean)).toHaveLength(28)
    expect(february.cells.find((c) => c?.date === '2027-02-06').festivals[0].name).toBe('春节')
    // 1 January 2027 is a Friday: four blanks.
    expect(months[0].cells.slice(0, 4)).toEqual([null, null, null, null])
  })
})

describe('festival helpers', () => {
  it('groups items by festival and skips items without one', () => {
    const groups = itemsByFestival([{ id: 1, festivalCode: 'DUANWU' }, { id: 2, festivalCode: 'DUANWU' }, { id: 3 }])
    expect(Object.keys(groups)).toEqual(['DUANWU'])
    expect(groups.DUANWU).toHaveLength(2)
  })

  it('says how far a festival is', () => {
    expect(daysLeftText(0)).toBe('今天')
    expect(daysLeftText(12)).toBe('还有 12 天')
    expect(daysLeftText(-3)).toBe('已过 3 天')
  })
})
