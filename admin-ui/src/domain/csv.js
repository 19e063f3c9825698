/**
 * A CSV file that Excel (as used in township offices) opens in Chinese: UTF-8 with a byte-order mark, CRLF
 * line ends, every cell quoted when it holds a comma, quote or line break. Cells starting with = + - @ get a
 * leading apostrophe so a spreadsheet never runs them as formulas.
 */
export function toCsv(columns, rows) {
  const cell = (value) => {
    let text = value === null || value === undefined ? '' : String(value)
    if (/^[=+\-@]/.test(text)) {
      text = "'" + text
    }
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
  }
  const lines = [columns.map((c) => cell(c.label)), ...rows.map((row) => columns.map((c) => cell(c.value(row))))]
  return '\ufeff' + lines.map((line) => line.join(',')).join('\r\n') + '\r\n'
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
