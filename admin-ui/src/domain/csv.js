/**
 * The address of a server export (CSV, UTF-8 with a byte-order mark so Excel opens it in Chinese) of a list
 * with its current filters, empty ones left out. A link to it downloads the file with the session's cookie,
 * however many rows the list has.
 */
export function exportUrl(path, params = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(key, String(value))
    }
  }
  const text = query.toString()
  return `/api/admin/v1/${path}` + (text ? `?${text}` : '')
}
