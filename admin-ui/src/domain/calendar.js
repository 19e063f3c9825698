/** A year as twelve month grids (weeks start on Monday), with the festivals of each day. */
export function yearGrid(year, festivals) {
  const byDate = new Map()
  for (const f of festivals || []) {
    const list = byDate.get(f.date) || []
    list.push(f)
    byDate.set(f.date, list)
  }
  const months = []
  for (let month = 1; month <= 12; month++) {
    const first = new Date(Date.UTC(year, month - 1, 1))
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
    const offset = (first.getUTCDay() + 6) % 7
    const cells = Array.from({ length: offset }, () => null)
    for (let day = 1; day <= days; day++) {
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      cells.push({ day, date, festivals: byDate.get(date) || [] })
    }
    months.push({ month, label: `${month}月`, cells })
  }
  return months
}

/** Items grouped by festival code. */
export function itemsByFestival(items) {
  const groups = {}
  for (const item of items || []) {
    if (item.festivalCode) {
      ;(groups[item.festivalCode] ||= []).push(item)
    }
  }
  return groups
}

/** "还有 12 天", "今天", "已过 3 天". */
export function daysLeftText(daysLeft) {
  if (daysLeft === 0) {
    return '今天'
  }
  return daysLeft > 0 ? `还有 ${daysLeft} 天` : `已过 ${-daysLeft} 天`
}
