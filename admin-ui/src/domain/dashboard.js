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

/**
 * A count card's way into the lists: per kind, how many items of those statuses (comma-separated, as the list's
 * status filter reads them; all when empty) and the list that shows exactly them. Kinds without any are left out.
 */
export function countLinks(stats, status = null) {
  const wanted = status ? status.split(',') : null
  return KINDS.map((k) => ({
    kind: k.kind,
    label: k.short,
    count: (stats?.counts || [])
      .filter((c) => c.kind === k.kind && (!wanted || wanted.includes(c.status)))
      .reduce((n, c) => n + c.count, 0),
    to: { name: 'contents', params: { kind: k.slug }, query: status ? { status } : {} },
  })).filter((link) => link.count > 0)
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
        data: list.map((r) => ({
          value: r.published,
          itemStyle: { color: r.published < r.target ? '#f56c6c' : '#67c23a' },
        })),
        markLine: target
          ? {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#e6a23c' },
              label: { formatter: `目标 ${target}` },
              data: [{ yAxis: target }],
            }
          : undefined,
      },
      {
        name: '流程中',
        type: 'bar',
        stack: 'projects',
        itemStyle: { color: '#b3d8ff' },
        data: list.map((r) => r.inProgress),
      },
    ],
  }
}

/** "2024-11-18" → "11月18日", read from the string so the browser's time zone cannot shift the day. */
export function weekLabel(weekStart) {
  const [, month, day] = weekStart.split('-').map(Number)
  return `${month}月${day}日`
}

/** Views put on a second axis once they are this many times the other figures, which would lie flat otherwise. */
const VIEWS_DWARF_FACTOR = 5

/**
 * Bars of items published per week, lines of favourites and views (GET contents/trends). Each week is labelled
 * by its Monday; views get an axis of their own when they dwarf the other two.
 */
export function weeklyTrendOption(trends) {
  const weeks = trends?.weeks || []
  const max = (field) => Math.max(0, ...weeks.map((w) => w[field]))
  const splitAxis = max('views') > VIEWS_DWARF_FACTOR * Math.max(1, max('published'), max('favourites'))
  const countAxis = { type: 'value', name: splitAxis ? '发布 / 收藏' : '数量', minInterval: 1 }
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const week = weeks[params[0].dataIndex]
        const lines = params.map((p) => `${p.marker}${p.seriesName}：${p.value}`)
        return [`${weekLabel(week.weekStart)}起的一周`, ...lines].join('<br/>')
      },
    },
    legend: { top: 0, data: ['发布数', '收藏数', '浏览量'] },
    grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: weeks.map((w) => weekLabel(w.weekStart)) },
    yAxis: splitAxis ? [countAxis, { type: 'value', name: '浏览量', minInterval: 1 }] : [countAxis],
    series: [
      { name: '发布数', type: 'bar', itemStyle: { color: '#67c23a' }, data: weeks.map((w) => w.published) },
      {
        name: '收藏数',
        type: 'line',
        smooth: true,
        itemStyle: { color: '#e6a23c' },
        data: weeks.map((w) => w.favourites),
      },
      {
        name: '浏览量',
        type: 'line',
        smooth: true,
        yAxisIndex: splitAxis ? 1 : 0,
        itemStyle: { color: '#409eff' },
        data: weeks.map((w) => w.views),
      },
    ],
  }
}

/**
 * Today's state of the stations in scope (GET station-health): enabled stations online or offline, disabled
 * ones apart, and the stations that let a scheduled slot pass without playing it.
 */
export function stationHealthSummary(stations) {
  const list = stations || []
  const enabled = list.filter((s) => s.enabled)
  return {
    total: list.length,
    online: enabled.filter((s) => s.online).length,
    offline: enabled.filter((s) => !s.online).length,
    disabled: list.length - enabled.length,
    missed: enabled.filter((s) => s.missedSlots.length).map((s) => ({ name: s.name, slots: s.missedSlots })),
  }
}

/** Doughnut of online, offline and disabled stations; empty parts are left out. */
export function stationHealthOption(summary) {
  const parts = [
    { name: '在线', value: summary.online, itemStyle: { color: '#67c23a' } },
    { name: '离线', value: summary.offline, itemStyle: { color: '#f56c6c' } },
    { name: '已停用', value: summary.disabled, itemStyle: { color: '#c0c4cc' } },
  ]
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        name: '广播站',
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b} {c}' },
        data: parts.filter((p) => p.value > 0),
      },
    ],
  }
}
