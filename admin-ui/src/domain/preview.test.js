import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDuration, previewOf } from './preview.js'

describe('previewOf', () => {
  it('shows the item as the mini program does, with media paths and names', () => {
    const preview = previewOf(
      {
        kind: 'BRAND_PROJECT',
        title: '阳光八送',
        tags: ['志愿服务'],
        coverKey: 'c'.repeat(64) + '.jpg',
        origin: 'NEW',
        projectYear: 2023,
        galleryKeys: ['d'.repeat(64)],
      },
      { unitName: '八仙筒镇', ownerUnitName: '旗文明办' },
    )
    expect(preview.coverUrl).toBe('/media/' + 'c'.repeat(64) + '.jpg')
    expect(preview.orgUnitName).toBe('八仙筒镇')
    expect(preview.ownerUnitName).toBe('旗文明办')
    expect(preview.originLabel).toBe('新培育')
    expect(preview.galleryUrls).toEqual(['/media/' + 'd'.repeat(64)])
  })

  it('stands in for a missing title and leaves absent media empty', () => {
    const preview = previewOf({ kind: 'AUDIO', title: '', durationSeconds: 74 })
    expect(preview.title).toBe('（未填写标题）')
    expect(preview.mediaUrl).toBeNull()
    expect(preview.durationSeconds).toBe(74)
  })

  it('carries the festival name and date', () => {
    const preview = previewOf(
      { kind: 'FESTIVAL_ITEM', festivalCode: 'DUANWU' },
      { festival: { code: 'DUANWU', name: '端午节', date: '2027-06-09' } },
    )
    expect(preview.festivalName).toBe('端午节')
    expect(preview.festivalDate).toBe('2027-06-09')
  })
})

describe('formatting', () => {
  it('formats durations like the player', () => {
    expect(formatDuration(74)).toBe('1:14')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(null)).toBe('--:--')
  })

  it('formats dates in Chinese', () => {
    expect(formatDateTime('2026-11-29T08:30:00')).toBe('2026年11月29日 08:30')
    expect(formatDateTime('2026-11-29T08:30:00+08:00')).toBe('2026年11月29日 08:30')
    expect(formatDateTime('2027-06-09')).toBe('2027年6月9日')
    expect(formatDateTime(null)).toBe('')
  })
})
