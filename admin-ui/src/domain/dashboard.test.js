import { describe, expect, it } from 'vitest'
import { belowTarget, brandTargetOption, contentByKindOption } from './dashboard.js'

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
    const option = contentByKindOption({ counts: [
      { kind: 'AUDIO', status: 'PUBLISHED', count: 5 },
      { kind: 'BRAND_PROJECT', status: 'PUBLISHED', count: 10 },
      { kind: 'AUDIO', status: 'DRAFT', count: 2 },
    ] })
    expect(option.xAxis.data).toEqual(['广播音频', '平语近人', '我们的节日', '品牌项目'])
    expect(option.series.map((s) => s.name)).toEqual(['草稿', '已发布'])
    expect(option.series[1].data).toEqual([5, 0, 0, 10])
  })

  it('draws nothing before the figures arrive', () => {
    expect(contentByKindOption(null).series).toEqual([])
  })
})
