/**
 * Screens whose server APIs are still being built. Each shows "即将上线" in the menu until its API lands;
 * then its entry moves into the router with a real view and leaves this list.
 */
export const UPCOMING = [
  { key: 'stations', label: '广播站', group: 'stations', description: '村嘎查文明实践广播站列表与在线状态、播放时段与节目单编排、插播、密钥管理与播放台账导出。' },
]

export const upcomingByKey = (key) => UPCOMING.find((f) => f.key === key)
