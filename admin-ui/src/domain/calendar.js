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

/** Items grouped by festival code; only those of `year` when it is given. */
export function itemsByFestival(items, year) {
  const groups = {}
  for (const item of items || []) {
    if (item.festivalCode && (year == null || festivalYearOf(item) === year)) {
      ;(groups[item.festivalCode] ||= []).push(item)
    }
  }
  return groups
}

/**
 * The year a festival item is about: the year of its activity, so 2027's 端午 is not 2026's; an item without an
 * activity time belongs to the year it was created in (the server's list filters the same way).
 */
export function festivalYearOf(item, fallbackYear = new Date().getFullYear()) {
  const when = item?.activityTime || item?.createdAt
  return when ? Number(String(when).slice(0, 4)) : fallbackYear
}

/** The activity time a new item for a festival starts with: 9 o'clock on the festival's day of the year shown. */
export function activityTimeOn(festivalDate) {
  return festivalDate ? `${String(festivalDate).slice(0, 10)}T09:00:00` : null
}

/** The years a list offers to filter by, latest first: two after `year` down to two before it. */
export function yearsAround(year) {
  return [year + 2, year + 1, year, year - 1, year - 2]
}

/** "还有 12 天", "今天", "已过 3 天". */
export function daysLeftText(daysLeft) {
  if (daysLeft === 0) {
    return '今天'
  }
  return daysLeft > 0 ? `还有 ${daysLeft} 天` : `已过 ${-daysLeft} 天`
}
