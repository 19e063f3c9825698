import { describe, expect, it } from 'vitest'
import {
  compactDateTime,
  daysText,
  emptySchedule,
  formatAgo,
  ledgerExportUrl,
  ledgerParams,
  ledgerRangeError,
  moveDown,
  moveUp,
  nextSlotTime,
  playedSeconds,
  recentRange,
  reorder,
  scheduleBody,
  scheduleForm,
  slotOverruns,
  stationBody,
  stationState,
  urgentBody,
  urgentState,
  validateSchedule,
  validateStation,
  validateUrgent,
  withHealth,
  heartbeatSummary,
} from './stations.js'

const item = (contentId, durationSeconds = 60) => ({ contentId, title: `音频${contentId}`, durationSeconds })

describe('playlist order', () => {
  it('moves a dropped item to the row it was dropped on, both directions', () => {
    expect(reorder(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(reorder(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c'])
  })

  it('returns an unchanged copy for a drop on itself or outside the list', () => {
    const list = ['a', 'b']
    const same = reorder(list, 1, 1)
    expect(same).toEqual(['a', 'b'])
    expect(same).not.toBe(list)
    expect(reorder(list, 0, 5)).toEqual(['a', 'b'])
  })

  it('moves up and down one place, stopping at the ends', () => {
    expect(moveUp(['a', 'b', 'c'], 2)).toEqual(['a', 'c', 'b'])
    expect(moveDown(['a', 'b', 'c'], 0)).toEqual(['b', 'a', 'c'])
    expect(moveUp(['a', 'b'], 0)).toEqual(['a', 'b'])
    expect(moveDown(['a', 'b'], 1)).toEqual(['a', 'b'])
  })
})

describe('station health', () => {
  const now = new Date(2026, 4, 2, 12, 0, 0)

  it('says how long ago in minutes, hours and days', () => {
    expect(formatAgo('2026-05-02T11:59:30', now)).toBe('刚刚')
    expect(formatAgo('2026-05-02T11:55:00', now)).toBe('5 分钟前')
    expect(formatAgo('2026-05-02T09:10:00', now)).toBe('2 小时前')
    expect(formatAgo('2026-04-29T12:00:00', now)).toBe('3 天前')
  })

  it('shows a date for old moments and nothing for never', () => {
    expect(formatAgo('2026-01-05T08:30:00', now)).toBe('2026-01-05')
    expect(formatAgo(null, now)).toBe('')
  })

  it('reads the offset the server sends', () => {
    const at = new Date(Date.UTC(2026, 4, 2, 4, 0, 0))
    expect(formatAgo('2026-05-02T09:00:00+08:00', at)).toBe('3 小时前')
  })

  it('treats a clock slightly ahead of ours as just now', () => {
    expect(formatAgo('2026-05-02T12:03:00', now)).toBe('刚刚')
  })

  it('tags disabled before online, and tells offline from never connected', () => {
    expect(stationState({ enabled: false, online: true }).label).toBe('已停用')
    expect(stationState({ enabled: true, online: true }).label).toBe('在线')
    expect(stationState({ enabled: true, online: false, lastSeenAt: '2026-05-01T08:00:00' }).label).toBe('离线')
    expect(stationState({ enabled: true, online: false, lastSeenAt: null }).label).toBe('未连接')
  })

  it('joins stations with their health by id, offline until health arrives', () => {
    const stations = [
      { id: 1, name: '红旗村' },
      { id: 2, name: '敖包嘎查' },
    ]
    const health = [
      { stationId: 2, online: true, lastPlayedAt: '2026-05-02T07:00:00', slotsToday: 3, missedSlots: ['12:00'] },
    ]

    const joined = withHealth(stations, health)

    expect(joined[1]).toMatchObject({ id: 2, online: true, slotsToday: 3, missedSlots: ['12:00'] })
    expect(joined[0]).toMatchObject({ id: 1, online: false, slotsToday: null, missedSlots: [], heartbeat: null })
  })

  it('sums up a heartbeat in one line and leaves out what the box did not say', () => {
    expect(
      heartbeatSummary({
        appVersion: 'box/1.2',
        volume: 70,
        cachedCount: 12,
        missingSha256: ['a'],
        freeBytes: 1610612736,
      }),
    ).toBe('box/1.2 · 音量 70% · 缓存 12 个文件 · 缺 1 个文件 · 剩余 1.5 GB')
    expect(heartbeatSummary({ appVersion: 'box/1.2', missingSha256: [] })).toBe('box/1.2')
    expect(heartbeatSummary(null)).toBe('')
  })
})

describe('station form', () => {
  const valid = {
    code: 'hongqi-cun',
    name: '红旗村广播站',
    orgUnitId: 9,
    deviceType: 'IP_SPEAKER',
    timeZone: '',
    enabled: true,
  }

  it('accepts the codes the server accepts', () => {
    expect(validateStation(valid)).toEqual({})
  })

  it('rejects upper case, spaces, leading hyphens and missing fields', () => {
    expect(validateStation({ ...valid, code: 'HongQi' }).code).toContain('小写字母')
    expect(validateStation({ ...valid, code: '-hongqi' }).code).toBeTruthy()
    expect(validateStation({ ...valid, code: 'hong qi' }).code).toBeTruthy()
    expect(Object.keys(validateStation({ code: '', name: ' ', orgUnitId: null, deviceType: null }))).toEqual([
      'code',
      'name',
      'orgUnitId',
      'deviceType',
    ])
  })

  it('sends a blank time zone as null so the server uses its own', () => {
    expect(stationBody({ ...valid, code: ' hongqi-cun ', timeZone: '  ' })).toEqual({
      code: 'hongqi-cun',
      name: '红旗村广播站',
      orgUnitId: 9,
      deviceType: 'IP_SPEAKER',
      timeZone: null,
      enabled: true,
    })
  })
})

describe('schedules', () => {
  const form = () => ({
    ...emptySchedule('2026-05-02'),
    name: ' 早间广播 ',
    targetUnitId: 5,
    slots: [
      { startTime: '18:30', items: [item(3)] },
      { startTime: '07:00', items: [item(1), item(2)] },
    ],
  })

  it('names day sets the way an office does', () => {
    expect(daysText([7, 6, 5, 4, 3, 2, 1])).toBe('每天')
    expect(daysText([1, 2, 3, 4, 5])).toBe('工作日')
    expect(daysText([6, 7])).toBe('周末')
    expect(daysText([3, 1])).toBe('周一、周三')
  })

  it('accepts a complete schedule', () => {
    expect(validateSchedule(form())).toEqual({})
  })

  it('points at the slot with a repeated time, a missing time, no audio or offline audio', () => {
    const f = form()
    f.slots.push(
      { startTime: '07:00', items: [item(4)] },
      { startTime: '', items: [item(4)] },
      { startTime: '09:00', items: [] },
      { startTime: '10:00', items: [item(5), { contentId: 6, title: null, durationSeconds: null }] },
    )

    const errors = validateSchedule(f)

    expect(errors['slot.2']).toBe('时段 07:00 重复了')
    expect(errors['slot.3']).toBe('请选择开始时间')
    expect(errors['slot.4']).toBe('请至少添加一条广播音频')
    expect(errors['slot.5']).toBe('有音频已下线，请移除后再保存')
    expect(errors['slot.0']).toBeUndefined()
  })

  it('requires a target of the chosen type, days, a slot and an end not before the start', () => {
    const errors = validateSchedule({
      ...form(),
      targetType: 'station',
      targetStationId: null,
      daysOfWeek: [],
      slots: [],
      endDate: '2026-05-01',
    })
    expect(errors).toMatchObject({
      target: '请选择广播站',
      days: '至少选择一天',
      slots: '至少添加一个时段',
      dates: '结束日期不能早于开始日期',
    })
  })

  it('sends slots in time order with their content ids in playlist order, and only the chosen target', () => {
    const f = { ...form(), targetType: 'unit', targetStationId: 8, daysOfWeek: [5, 1] }
    expect(scheduleBody(f)).toEqual({
      name: '早间广播',
      targetUnitId: 5,
      targetStationId: null,
      startDate: '2026-05-02',
      endDate: null,
      daysOfWeek: [1, 5],
      enabled: true,
      slots: [
        { startTime: '07:00', contentIds: [1, 2] },
        { startTime: '18:30', contentIds: [3] },
      ],
    })
  })

  it('edits a copy, so cancelling leaves the listed schedule alone', () => {
    const listed = {
      id: 4,
      name: '村级计划',
      targetUnitId: null,
      targetStationId: 8,
      targetName: '红旗村',
      startDate: '2026-05-01',
      endDate: null,
      daysOfWeek: [1, 2],
      enabled: false,
      slots: [{ startTime: '07:00', items: [item(1)] }],
    }

    const f = scheduleForm(listed)
    f.slots[0].items.push(item(2))
    f.daysOfWeek.push(3)

    expect(f.targetType).toBe('station')
    expect(listed.slots[0].items).toHaveLength(1)
    expect(listed.daysOfWeek).toEqual([1, 2])
  })

  it('offers an hour after the latest slot for a new one', () => {
    expect(nextSlotTime([])).toBe('07:00')
    expect(nextSlotTime([{ startTime: '18:30' }, { startTime: '07:00' }, { startTime: '' }])).toBe('19:30')
    expect(nextSlotTime([{ startTime: '23:15' }])).toBe('')
  })

  it('warns when a slot is still playing as the next one starts', () => {
    const slots = [
      { startTime: '07:00', items: [item(1, 1200), item(2, 700)] },
      { startTime: '07:30', items: [item(3, 60)] },
      { startTime: '07:20', items: [item(4, 300)] },
    ]
    expect(slotOverruns(slots)).toEqual([{ time: '07:00', next: '07:20', overMinutes: 12 }])
  })
})

describe('urgent inserts', () => {
  const urgent = { startsAt: '2026-05-02T10:00:00', endsAt: '2026-05-02T11:00:00' }

  it('is upcoming, playing, then over; only the first two can be ended', () => {
    expect(urgentState(urgent, new Date(2026, 4, 2, 9, 59))).toMatchObject({ state: 'UPCOMING', endable: true })
    expect(urgentState(urgent, new Date(2026, 4, 2, 10, 0))).toMatchObject({
      state: 'ACTIVE',
      label: '插播中',
      endable: true,
    })
    expect(urgentState(urgent, new Date(2026, 4, 2, 11, 0))).toMatchObject({ state: 'ENDED', endable: false })
  })

  it('needs a window that ends after it starts and at least one audio item', () => {
    const errors = validateUrgent({
      title: '防汛通知',
      targetType: 'unit',
      targetUnitId: 2,
      startsAt: '2026-05-02T10:00:00',
      endsAt: '2026-05-02T10:00:00',
      items: [],
    })
    expect(errors).toEqual({ window: '结束时间必须晚于开始时间', items: '请至少添加一条广播音频' })
  })

  it('sends the target and content ids in order', () => {
    expect(
      urgentBody({
        title: ' 防汛通知 ',
        targetType: 'station',
        targetUnitId: 2,
        targetStationId: 7,
        ...urgent,
        items: [item(9), item(3)],
      }),
    ).toEqual({ title: '防汛通知', targetUnitId: null, targetStationId: 7, ...urgent, contentIds: [9, 3] })
  })
})

describe('ledger', () => {
  it('starts with the last seven days including today', () => {
    expect(recentRange(7, new Date(2026, 2, 3))).toEqual(['2026-02-25', '2026-03-03'])
  })

  it('refuses ranges the server refuses', () => {
    expect(ledgerRangeError('2026-05-02', '2026-05-01')).toBe('结束日期不能早于开始日期')
    expect(ledgerRangeError('2025-01-01', '2026-05-01')).toBe('一次最多查询 366 天')
    expect(ledgerRangeError('2025-05-01', '2026-05-01')).toBe('')
    expect(ledgerRangeError(null, '2026-05-01')).toBe('请选择起止日期')
  })

  it('exports with the same filters as the table, leaving out empty ones', () => {
    const filters = { from: '2026-05-01', to: '2026-05-07', orgUnitId: null, stationId: 12 }
    expect(ledgerParams(filters)).toEqual({ from: '2026-05-01', to: '2026-05-07', stationId: 12 })
    expect(ledgerExportUrl('xlsx', filters)).toBe(
      '/api/admin/v1/station-ledger/export.xlsx?from=2026-05-01&to=2026-05-07&stationId=12',
    )
    expect(ledgerExportUrl('csv', { ...filters, orgUnitId: 3, stationId: null })).toBe(
      '/api/admin/v1/station-ledger/export.csv?from=2026-05-01&to=2026-05-07&orgUnitId=3',
    )
  })

  it('writes times compactly, with seconds when asked', () => {
    expect(compactDateTime('2026-05-02T07:00:02')).toBe('2026-05-02 07:00')
    expect(compactDateTime('2026-05-02T07:00:02', true)).toBe('2026-05-02 07:00:02')
    expect(compactDateTime('2026-05-02T07:00:02+08:00', true)).toBe('2026-05-02 07:00:02')
    expect(compactDateTime(null)).toBe('')
  })

  it('measures how long an item played, nothing while unfinished', () => {
    expect(playedSeconds({ startedAt: '2026-05-02T07:00:02', finishedAt: '2026-05-02T07:01:59' })).toBe(117)
    expect(playedSeconds({ startedAt: '2026-05-02T07:00:02', finishedAt: null })).toBeNull()
  })
})
