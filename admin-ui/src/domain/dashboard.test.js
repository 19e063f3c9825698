import { describe, expect, it } from 'vitest'
import {
  belowTarget,
  brandTargetOption,
  contentByKindOption,
  countLinks,
  stationHealthOption,
  stationHealthSummary,
  weekLabel,
  weeklyTrendOption,
} from './dashboard.js'

const rows = [
  { unitId: 1, unitName: '八仙筒镇', unitType: 'TOWNSHIP', target: 2, published: 2, inProgress: 0 },
  { unitId: 2, unitName: '明仁苏木', unitType: 'TOWNSHIP', target: 2, published: 0, inProgress: 1 },
  { unitId: 3, unitName: '青龙掌镇', unitType: 'TOWNSHIP', target: 2, published: 1, inProgress: 0 },
]

describe('brand project targets', () => {
  it('finds the units below their target', () => {
    expect(belowTarget(rows).map((r) => r.unitName)).toEqual(['明仁苏木', '青龙掌镇'])
    expect(belowTarget(undefined)).toEqual([])
  })

  it('colours units below target red and draws the target line', () => {
    const option = brandTargetOption(rows)
    const published = option.series[0]
    expect(option.xAxis.data).toEqual(['八仙筒镇', '明仁苏木', '青龙掌镇'])
    expect(published.data.map((d) => d.itemStyle.color)).toEqual(['#67c23a', '#f56c6c', '#f56c6c'])
    expect(published.markLine.data).toEqual([{ yAxis: 2 }])
    expect(option.series[1].data).toEqual([0, 1, 0])
  })

  it('says in the tooltip whether a unit meets its target', () => {
    const text = brandTargetOption(rows).tooltip.formatter([{ dataIndex: 1 }])
    expect(text).toContain('明仁苏木')
    expect(text).toContain('未达标')
  })
})

describe('content by kind and status', () => {
  it('stacks one series per status present, one bar per kind', () => {
    const option = contentByKindOption({
      counts: [
        { kind: 'AUDIO', status: 'PUBLISHED', count: 5 },
        { kind: 'BRAND_PROJECT', status: 'PUBLISHED', count: 10 },
        { kind: 'AUDIO', status: 'DRAFT', count: 2 },
      ],
    })
    expect(option.xAxis.data).toEqual(['广播音频', '平语近人', '我们的节日', '品牌项目'])
    expect(option.series.map((s) => s.name)).toEqual(['草稿', '已发布'])
    expect(option.series[1].data).toEqual([5, 0, 0, 10])
  })

  it('draws nothing before the figures arrive', () => {
    expect(contentByKindOption(null).series).toEqual([])
  })
})

const week = (weekStart, published, favourites, views) => ({ weekStart, published, favourites, views })

describe('weekly trend', () => {
  it('labels each week by its Monday in Chinese', () => {
    expect(weekLabel('2024-11-18')).toBe('11月18日')
    expect(weekLabel('2025-01-06')).toBe('1月6日')
  })

  it('draws publishes as bars and favourites and views as lines, oldest week first', () => {
    const option = weeklyTrendOption({ weeks: [week('2024-11-11', 3, 1, 4), week('2024-11-18', 0, 2, 6)] })
    expect(option.xAxis.data).toEqual(['11月11日', '11月18日'])
    expect(option.series.map((s) => [s.name, s.type])).toEqual([
      ['发布数', 'bar'],
      ['收藏数', 'line'],
      ['浏览量', 'line'],
    ])
    expect(option.series.map((s) => s.data)).toEqual([
      [3, 0],
      [1, 2],
      [4, 6],
    ])
  })

  it('keeps one axis while views are of the same order as the rest', () => {
    const option = weeklyTrendOption({ weeks: [week('2024-11-18', 2, 3, 15)] })
    expect(option.yAxis).toHaveLength(1)
    expect(option.series[2].yAxisIndex).toBe(0)
  })

  it('gives views an axis of their own when they dwarf publishes and favourites', () => {
    const option = weeklyTrendOption({ weeks: [week('2024-11-11', 2, 3, 900), week('2024-11-18', 1, 0, 1200)] })
    expect(option.yAxis.map((a) => a.name)).toEqual(['发布 / 收藏', '浏览量'])
    expect(option.series[2].yAxisIndex).toBe(1)
  })

  it('names the week in the tooltip', () => {
    const option = weeklyTrendOption({ weeks: [week('2024-11-11', 2, 3, 4), week('2024-11-18', 5, 0, 7)] })
    const text = option.tooltip.formatter([{ dataIndex: 1, marker: '', seriesName: '发布数', value: 5 }])
    expect(text).toBe('11月18日起的一周<br/>发布数：5')
  })

  it('draws empty series before the figures arrive', () => {
    const option = weeklyTrendOption(null)
    expect(option.xAxis.data).toEqual([])
    expect(option.series.every((s) => s.data.length === 0)).toBe(true)
  })
})

const station = (name, enabled, online, missedSlots = []) => ({ name, enabled, online, missedSlots })

describe('station health', () => {
  const stations = [
    station('八仙筒镇广播站', true, true),
    station('明仁苏木广播站', true, false, ['08:00', '12:30']),
    station('青龙掌镇广播站', true, true, ['19:00']),
    station('旧广播站', false, false),
  ]

  it('counts enabled stations online and offline and keeps disabled ones apart', () => {
    const summary = stationHealthSummary(stations)
    expect(summary).toMatchObject({ total: 4, online: 2, offline: 1, disabled: 1 })
  })

  it('lists the stations that missed a slot today with the slot times', () => {
    expect(stationHealthSummary(stations).missed).toEqual([
      { name: '明仁苏木广播站', slots: ['08:00', '12:30'] },
      { name: '青龙掌镇广播站', slots: ['19:00'] },
    ])
  })

  it('leaves empty parts out of the doughnut', () => {
    const option = stationHealthOption(stationHealthSummary([station('八仙筒镇广播站', true, true)]))
    expect(option.series[0].data.map((d) => [d.name, d.value])).toEqual([['在线', 1]])
  })

  it('summarises no stations as zeros', () => {
    expect(stationHealthSummary(undefined)).toEqual({ total: 0, online: 0, offline: 0, disabled: 0, missed: [] })
  })
})

describe('countLinks', () => {
  const stats = {
    counts: [
      { kind: 'AUDIO', status: 'DRAFT', count: 2 },
      { kind: 'AUDIO', status: 'REJECTED', count: 1 },
      { kind: 'AUDIO', status: 'PUBLISHED', count: 4 },
      { kind: 'POSTER', status: 'PUBLISHED', count: 3 },
    ],
  }

  it('counts each kind of the statuses and opens the list filtered by them', () => {
    expect(countLinks(stats, 'DRAFT,REJECTED')).toEqual([
      {
        kind: 'AUDIO',
        label: '音频',
        count: 3,
        to: { name: 'contents', params: { kind: 'audio' }, query: { status: 'DRAFT,REJECTED' } },
      },
    ])
  })

  it('counts everything of a kind without a status, leaving out kinds without items', () => {
    expect(countLinks(stats).map((l) => [l.label, l.count, l.to.query])).toEqual([
      ['音频', 7, {}],
      ['海报', 3, {}],
    ])
  })
})
