import { describe, expect, it } from 'vitest'
import { activityTimeOn, daysLeftText, festivalYearOf, itemsByFestival, yearGrid, yearsAround } from './calendar.js'

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

describe('festival years', () => {
  const duanwu2026 = {
    id: 1,
    festivalCode: 'DUANWU',
    activityTime: '2026-06-19T09:00:00',
    createdAt: '2026-05-01T10:00:00',
  }
  const duanwu2027 = {
    id: 2,
    festivalCode: 'DUANWU',
    activityTime: '2027-06-09T09:00:00',
    createdAt: '2026-12-01T10:00:00',
  }
  const undated = { id: 3, festivalCode: 'DUANWU', activityTime: null, createdAt: '2026-12-01T10:00:00' }

  it('ties an item to the year of its activity, or of its creation without one', () => {
    expect(festivalYearOf(duanwu2027)).toBe(2027)
    expect(festivalYearOf(undated)).toBe(2026)
    expect(festivalYearOf({}, 2028)).toBe(2028)
  })

  it("lists a 2027 item under 2027's festival only", () => {
    expect(itemsByFestival([duanwu2026, duanwu2027, undated], 2027).DUANWU.map((i) => i.id)).toEqual([2])
    expect(itemsByFestival([duanwu2026, duanwu2027, undated], 2026).DUANWU.map((i) => i.id)).toEqual([1, 3])
  })

  it("starts a new item on the festival's day of the year shown", () => {
    expect(activityTimeOn('2027-06-09')).toBe('2027-06-09T09:00:00')
    expect(activityTimeOn(null)).toBeNull()
  })

  it('offers the years around this one, latest first', () => {
    expect(yearsAround(2026)).toEqual([2028, 2027, 2026, 2025, 2024])
  })
})
