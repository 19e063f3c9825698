import { KINDS, STATUSES } from './contentKinds.js'

const STATUS_COLOURS = {
  DRAFT: '#909399',
  SUBMITTED: '#e6a23c',
  REJECTED: '#f56c6c',
  APPROVED: '#409eff',
  SCHEDULED: '#79bbff',
  PUBLISHED: '#67c23a',
  OFFLINE: '#c0c4cc',
}

/** Stacked bars: one bar per kind, one segment per status (GET contents/stats). */
export function contentByKindOption(stats) {
  const counts = new Map((stats?.counts || []).map((c) => [c.kind + ':' + c.status, c.count]))
  const present = STATUSES.filter((s) => KINDS.some((k) => counts.get(k.kind + ':' + s.status)))
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: KINDS.map((k) => k.label) },
    yAxis: { type: 'value', name: '条数', minInterval: 1 },
    series: present.map((s) => ({
      name: s.label,
      type: 'bar',
      stack: 'status',
      itemStyle: { color: STATUS_COLOURS[s.status] },
      emphasis: { focus: 'series' },
      data: KINDS.map((k) => counts.get(k.kind + ':' + s.status) || 0),
    })),
  }
}

/** Units whose published brand projects are fewer than the seed's target (§15). */
export const belowTarget = (rows) => (rows || []).filter((r) => r.published < r.target)

/**
 * Bars of published brand projects per unit against its target (≥ 2 per township, ≥ 1 per department):
 * units below target are red, a dashed line marks the target, projects still in the workflow are stacked.
 */
export function brandTargetOption(rows, title) {
  const list = rows || []
  const target = list.length ? Math.max(...list.map((r) => r.target)) : 0
  return {
    title: title ? { text: title, left: 'center', textStyle: { fontSize: 14 } } : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = list[params[0].dataIndex]
        const state = row.published < row.target ? '未达标' : '已达标'
        return `${row.unitName}<br/>已发布：${row.published} 个<br/>流程中：${row.inProgress} 个<br/>目标：不少于 ${row.target} 个（${state}）`
      },
    },
    legend: { top: title ? 24 : 0, data: ['已发布', '流程中'] },
    grid: { left: 10, right: 20, top: title ? 56 : 32, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: list.map((r) => r.unitName), axisLabel: { interval: 0, rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1, name: '个' },
    series: [
      {
        name: '已发布',
        type: 'bar',
        stack: 'projects',
        itemStyle: { color: '#67c23a' },
        data: list.map((r) => ({ value: r.published, itemStyle: { color: r.published < r.target ? '#f56c6c' : '#67c23a' } })),
        markLine: target ? { symbol: 'none', lineStyle: { type: 'dashed', color: '#e6a23c' }, label: { formatter: `目标 ${target}` }, data: [{ yAxis: target }] } : undefined,
      },
      { name: '流程中', type: 'bar', stack: 'projects', itemStyle: { color: '#b3d8ff' }, data: list.map((r) => r.inProgress) },
    ],
  }
}
