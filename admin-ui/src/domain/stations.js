import { exportUrl } from './csv.js'

/** Device types of the server's DeviceType enum. */
export const DEVICE_TYPES = [
  { value: 'IP_SPEAKER', label: 'IP 音柱' },
  { value: 'ANDROID_PLAYER', label: '安卓播放器' },
  { value: 'LINUX_PLAYER', label: 'Linux 播放器' },
  { value: 'OTHER', label: '其他' },
]

/** ISO days of week, as the schedule API counts them (1 = Monday). */
export const WEEKDAYS = [
  { value: 1, label: '周一' },
  { value: 2, label: '周二' },
  { value: 3, label: '周三' },
  { value: 4, label: '周四' },
  { value: 5, label: '周五' },
  { value: 6, label: '周六' },
  { value: 7, label: '周日' },
]

/** The server's limits (ScheduleRequests, LedgerQuery); checking them here saves a round trip. */
export const MAX_SLOTS = 24
export const MAX_SLOT_ITEMS = 50
export const MAX_URGENT_ITEMS = 20
const MAX_LEDGER_DAYS = 366
const STATION_CODE = /^[a-z0-9][a-z0-9-]*$/
const SLOT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const pad = (n) => String(n).padStart(2, '0')

/** A copy of the list with the item at `from` moved to position `to` (what a drop does). */
export function reorder(list, from, to) {
  const out = [...list]
  if (from === to || from < 0 || from >= out.length || to < 0 || to >= out.length) {
    return out
  }
  const [moved] = out.splice(from, 1)
  out.splice(to, 0, moved)
  return out
}

export const moveUp = (list, index) => reorder(list, index, index - 1)
export const moveDown = (list, index) => reorder(list, index, index + 1)

/**
 * "刚刚", "5 分钟前", "3 小时前", "2 天前"; older moments as their date ("2026-01-05"). Empty when never.
 * The server sends date-times with their offset, so this holds in any browser zone.
 */
export function formatAgo(value, now = new Date()) {
  if (!value) {
    return ''
  }
  const then = new Date(value)
  if (Number.isNaN(then.getTime())) {
    return String(value)
  }
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60000)
  if (minutes < 1) {
    return '刚刚'
  }
  if (minutes < 60) {
    return `${minutes} 分钟前`
  }
  if (minutes < 24 * 60) {
    return `${Math.floor(minutes / 60)} 小时前`
  }
  if (minutes < 30 * 24 * 60) {
    return `${Math.floor(minutes / (24 * 60))} 天前`
  }
  return String(value).slice(0, 10)
}

/** The tag of a station in the list: disabled first, then online, offline or never connected. */
export function stationState(station) {
  if (!station.enabled) {
    return { label: '已停用', tag: 'info' }
  }
  if (station.online) {
    return { label: '在线', tag: 'success' }
  }
  return station.lastSeenAt ? { label: '离线', tag: 'danger' } : { label: '未连接', tag: 'warning' }
}

/** Stations of the console list joined with their health of today (absent until health has loaded). */
export function withHealth(stations, health) {
  const byId = new Map((health || []).map((h) => [h.stationId, h]))
  return (stations || []).map((s) => {
    const h = byId.get(s.id)
    return {
      ...s,
      online: h ? h.online : false,
      lastPlayedAt: h ? h.lastPlayedAt : null,
      slotsToday: h ? h.slotsToday : null,
      missedSlots: h ? h.missedSlots : [],
      heartbeat: h ? h.heartbeat : null,
    }
  })
}

/** One line of what a box said in its last heartbeat: "v1.2 · 音量 70% · 缓存 12 个文件 · 剩余 1.5 GB". */
export function heartbeatSummary(heartbeat) {
  if (!heartbeat) {
    return ''
  }
  const parts = []
  if (heartbeat.appVersion) parts.push(heartbeat.appVersion)
  if (heartbeat.volume != null) parts.push(`音量 ${heartbeat.volume}%`)
  if (heartbeat.cachedCount != null) parts.push(`缓存 ${heartbeat.cachedCount} 个文件`)
  if (heartbeat.missingSha256 && heartbeat.missingSha256.length)
    parts.push(`缺 ${heartbeat.missingSha256.length} 个文件`)
  if (heartbeat.freeBytes != null) parts.push(`剩余 ${(heartbeat.freeBytes / 1024 ** 3).toFixed(1)} GB`)
  return parts.join(' · ')
}

/** "每天", "工作日", "周末" or "周一、周三". */
export function daysText(days) {
  const sorted = [...new Set(days || [])].sort((a, b) => a - b)
  const key = sorted.join(',')
  if (key === '1,2,3,4,5,6,7') {
    return '每天'
  }
  if (key === '1,2,3,4,5') {
    return '工作日'
  }
  if (key === '6,7') {
    return '周末'
  }
  return sorted.map((d) => WEEKDAYS.find((w) => w.value === d)?.label || String(d)).join('、')
}

/** Seconds of the items whose duration is known. */
export const totalSeconds = (items) => (items || []).reduce((sum, item) => sum + (item.durationSeconds || 0), 0)

const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/**
 * Slots whose items are still playing when the next slot of the day starts, as
 * { time, next, overMinutes }: the next slot would cut them off.
 */
export function slotOverruns(slots) {
  const timed = (slots || [])
    .filter((s) => SLOT_TIME.test(s.startTime || ''))
    .sort((a, b) => a.startTime.localeCompare(b.startTime))
  const out = []
  for (let i = 0; i + 1 < timed.length; i++) {
    const endsAt = minutesOf(timed[i].startTime) * 60 + totalSeconds(timed[i].items)
    const nextAt = minutesOf(timed[i + 1].startTime) * 60
    if (endsAt > nextAt) {
      out.push({
        time: timed[i].startTime,
        next: timed[i + 1].startTime,
        overMinutes: Math.ceil((endsAt - nextAt) / 60),
      })
    }
  }
  return out
}

/** Problems of the station form by field name; empty when it can be sent. */
export function validateStation(form) {
  const errors = {}
  const code = (form.code || '').trim()
  if (!code) {
    errors.code = '请填写编码'
  } else if (code.length > 64 || !STATION_CODE.test(code)) {
    errors.code = '编码只能包含小写字母、数字和连字符，以字母或数字开头，最多 64 位'
  }
  if (!(form.name || '').trim()) {
    errors.name = '请填写名称'
  } else if (form.name.trim().length > 100) {
    errors.name = '名称最多 100 个字'
  }
  if (!form.orgUnitId) {
    errors.orgUnitId = '请选择所在单位'
  }
  if (!form.deviceType) {
    errors.deviceType = '请选择设备类型'
  }
  return errors
}

export const stationBody = (form) => ({
  code: form.code.trim(),
  name: form.name.trim(),
  orgUnitId: form.orgUnitId,
  deviceType: form.deviceType,
  timeZone: (form.timeZone || '').trim() || null,
  enabled: form.enabled,
})

/** The one target of a schedule or urgent insert: an org unit (and everything below it) or a station. */
function targetErrors(form) {
  if (form.targetType === 'station') {
    return form.targetStationId ? null : '请选择广播站'
  }
  return form.targetUnitId ? null : '请选择单位'
}

const targetOf = (form) =>
  form.targetType === 'station'
    ? { targetUnitId: null, targetStationId: form.targetStationId }
    : { targetUnitId: form.targetUnitId, targetStationId: null }

/** A blank schedule starting today, every day, with one empty slot. */
export function emptySchedule(today) {
  return {
    name: '',
    targetType: 'unit',
    targetUnitId: null,
    targetStationId: null,
    startDate: today,
    endDate: null,
    daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
    enabled: true,
    slots: [{ startTime: '07:00', items: [] }],
  }
}

/** The editor's copy of a schedule from the API (slots and items copied, so cancelling changes nothing). */
export function scheduleForm(schedule) {
  return {
    name: schedule.name,
    targetType: schedule.targetStationId ? 'station' : 'unit',
    targetUnitId: schedule.targetUnitId,
    targetStationId: schedule.targetStationId,
    startDate: schedule.startDate,
    endDate: schedule.endDate,
    daysOfWeek: [...schedule.daysOfWeek],
    enabled: schedule.enabled,
    slots: schedule.slots.map((s) => ({ startTime: s.startTime, items: s.items.map((i) => ({ ...i })) })),
  }
}

/** The time offered for a new slot: an hour after the latest one, 07:00 for the first, blank past midnight. */
export function nextSlotTime(slots) {
  const times = (slots || [])
    .map((s) => s.startTime)
    .filter((t) => SLOT_TIME.test(t || ''))
    .sort()
  if (!times.length) {
    return '07:00'
  }
  const next = minutesOf(times[times.length - 1]) + 60
  return next < 24 * 60 ? `${pad(Math.floor(next / 60))}:${pad(next % 60)}` : ''
}

/** Problems of the schedule form: `name`, `target`, `dates`, `days`, `slots`, and `slot.<index>` per slot. */
export function validateSchedule(form) {
  const errors = {}
  if (!(form.name || '').trim()) {
    errors.name = '请填写计划名称'
  } else if (form.name.trim().length > 100) {
    errors.name = '计划名称最多 100 个字'
  }
  const target = targetErrors(form)
  if (target) {
    errors.target = target
  }
  if (!form.startDate) {
    errors.dates = '请选择开始日期'
  } else if (form.endDate && form.endDate < form.startDate) {
    errors.dates = '结束日期不能早于开始日期'
  }
  if (!form.daysOfWeek?.length) {
    errors.days = '至少选择一天'
  }
  const slots = form.slots || []
  if (!slots.length) {
    errors.slots = '至少添加一个时段'
  } else if (slots.length > MAX_SLOTS) {
    errors.slots = `一个计划最多 ${MAX_SLOTS} 个时段`
  }
  const seen = new Set()
  slots.forEach((slot, index) => {
    let problem = null
    if (!SLOT_TIME.test(slot.startTime || '')) {
      problem = '请选择开始时间'
    } else if (seen.has(slot.startTime)) {
      problem = `时段 ${slot.startTime} 重复了`
    } else if (!slot.items.length) {
      problem = '请至少添加一条广播音频'
    } else if (slot.items.length > MAX_SLOT_ITEMS) {
      problem = `一个时段最多 ${MAX_SLOT_ITEMS} 条音频`
    } else if (slot.items.some((i) => !i.title)) {
      // The server refuses items that are no longer published; say which slot holds them.
      problem = '有音频已下线，请移除后再保存'
    }
    seen.add(slot.startTime)
    if (problem) {
      errors[`slot.${index}`] = problem
    }
  })
  return errors
}

/** The request body of POST/PUT /station-schedules, slots in time order. */
export function scheduleBody(form) {
  return {
    name: form.name.trim(),
    ...targetOf(form),
    startDate: form.startDate,
    endDate: form.endDate || null,
    daysOfWeek: [...form.daysOfWeek].sort((a, b) => a - b),
    enabled: form.enabled,
    slots: [...form.slots]
      .sort((a, b) => a.startTime.localeCompare(b.startTime))
      .map((s) => ({ startTime: s.startTime, contentIds: s.items.map((i) => i.contentId) })),
  }
}

/** Whether an urgent insert is waiting, playing or over at `now`. */
export function urgentState(urgent, now = new Date()) {
  if (now < new Date(urgent.startsAt)) {
    return { state: 'UPCOMING', label: '未开始', tag: 'warning', endable: true }
  }
  if (now < new Date(urgent.endsAt)) {
    return { state: 'ACTIVE', label: '插播中', tag: 'danger', endable: true }
  }
  return { state: 'ENDED', label: '已结束', tag: 'info', endable: false }
}

export function validateUrgent(form) {
  const errors = {}
  if (!(form.title || '').trim()) {
    errors.title = '请填写插播标题'
  } else if (form.title.trim().length > 100) {
    errors.title = '插播标题最多 100 个字'
  }
  const target = targetErrors(form)
  if (target) {
    errors.target = target
  }
  if (!form.startsAt || !form.endsAt) {
    errors.window = '请选择插播的开始和结束时间'
  } else if (form.endsAt <= form.startsAt) {
    errors.window = '结束时间必须晚于开始时间'
  }
  if (!form.items?.length) {
    errors.items = '请至少添加一条广播音频'
  } else if (form.items.length > MAX_URGENT_ITEMS) {
    errors.items = `一次插播最多 ${MAX_URGENT_ITEMS} 条音频`
  }
  return errors
}

export const urgentBody = (form) => ({
  title: form.title.trim(),
  ...targetOf(form),
  startsAt: form.startsAt,
  endsAt: form.endsAt,
  contentIds: form.items.map((i) => i.contentId),
})

/** A Date as the API's LocalDate ("2026-05-02") and LocalDateTime ("2026-05-02T07:30:00"), in local time. */
export const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
export const isoDateTime = (d) => `${isoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`

/** The last `days` days up to today, the ledger's first range. */
export function recentRange(days, today = new Date()) {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  return [isoDate(from), isoDate(today)]
}

/** Why a ledger range cannot be queried, or '' when it can. */
export function ledgerRangeError(from, to) {
  if (!from || !to) {
    return '请选择起止日期'
  }
  if (to < from) {
    return '结束日期不能早于开始日期'
  }
  const days = Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86400000)
  return days > MAX_LEDGER_DAYS ? `一次最多查询 ${MAX_LEDGER_DAYS} 天` : ''
}

/** Query parameters of the ledger and its exports; empty filters are left out. */
export function ledgerParams(filters) {
  const params = { from: filters.from, to: filters.to }
  if (filters.orgUnitId) {
    params.orgUnitId = filters.orgUnitId
  }
  if (filters.stationId) {
    params.stationId = filters.stationId
  }
  return params
}

/** The download address of the ledger as "csv" or "xlsx", same filters as the table. */
export function ledgerExportUrl(format, filters) {
  return exportUrl(`station-ledger/export.${format}`, ledgerParams(filters))
}

/** "2026-05-02T07:30:15" → "2026-05-02 07:30" (or with seconds): short enough for a table column. */
export function compactDateTime(value, withSeconds = false) {
  return value
    ? String(value)
        .replace('T', ' ')
        .slice(0, withSeconds ? 19 : 16)
    : ''
}

/** Seconds between start and end of a play, null while unfinished. */
export function playedSeconds(entry) {
  if (!entry.finishedAt) {
    return null
  }
  return Math.max(0, Math.round((new Date(entry.finishedAt) - new Date(entry.startedAt)) / 1000))
}

export const PLAY_RESULT_TAGS = { COMPLETED: 'success', INTERRUPTED: 'warning', FAILED: 'danger', SKIPPED: 'info' }
