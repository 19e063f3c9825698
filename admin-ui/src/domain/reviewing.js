import { FIELD_LABELS, fieldsOfKind } from './contentKinds.js'
import { formatDateTime } from './preview.js'

/** The review that a queue row waits for: an edit of a published item has its own, the item's otherwise. */
export const reviewOf = (row) => row.pendingRevision || row

/** Whether the user made what waits for review (nobody reviews their own work). */
export const submittedBy = (row, userId) =>
  (row.pendingRevision ? row.pendingRevision.editorId : row.createdBy) === userId

/** When a row was sent to review (an edit of a published item when it was saved). */
export const submittedAtOf = (row) =>
  (row.pendingRevision ? row.pendingRevision.createdAt : row.submittedAt) || row.updatedAt

/** Who sent a row to review, by name. */
export const submitterOf = (row) => (row.pendingRevision ? row.pendingRevision.editorName : row.submittedByName) || ''

/** Oldest first, as the queue reads: the item waiting longest comes up first. */
export function oldestFirst(items) {
  return [...items].sort((a, b) => String(submittedAtOf(a)).localeCompare(String(submittedAtOf(b))))
}

/** What a reviewer takes up after deciding on `currentId`: the oldest other item they may review, or null. */
export function nextToReview(items, currentId, userId) {
  return oldestFirst(items).find((row) => row.id !== currentId && !submittedBy(row, userId)) || null
}

/**
 * Runs `action` on each item in turn, each as its own request (so each is recorded on its own), and keeps
 * going past a failure: returns the items done and, for the others, why.
 */
export async function eachInTurn(items, action, reasonOf) {
  const done = []
  const failed = []
  for (const item of items) {
    try {
      await action(item)
      done.push(item)
    } catch (e) {
      failed.push({ item, reason: reasonOf(e) })
    }
  }
  return { done, failed }
}

/** One sentence about a batch: "已通过 3 条" or "已通过 2 条，1 条未通过：《标题》原因". */
export function batchSummary(verb, { done, failed }) {
  const head = `${verb} ${done.length} 条`
  if (!failed.length) {
    return head
  }
  return (
    `${head}，${failed.length} 条未${verb.replace(/^已/, '')}：` +
    failed.map((f) => `《${f.item.title}》${f.reason}`).join('；')
  )
}

/** Fields a reviewer sees in the phone preview rather than as text (files), and the body, shown as a page. */
const NOT_AS_TEXT = new Set(['title', 'body', 'mediaKey', 'imageKey', 'coverKey', 'galleryKeys'])

/**
 * The item as a reviewer reads it: each filled field as a label and plain text, names instead of ids and
 * codes (through `describe`), empty fields left out.
 */
export function documentRows(fields, describe = {}) {
  const rows = []
  for (const key of fieldsOfKind(fields.kind)) {
    const value = fields[key]
    if (
      NOT_AS_TEXT.has(key) ||
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && !value.length)
    ) {
      continue
    }
    let text
    if (describe[key]) {
      text = describe[key](value)
    } else if (Array.isArray(value)) {
      text = value.join('、')
    } else if (typeof value === 'boolean') {
      text = value ? '是' : '否'
    } else if (key === 'activityTime') {
      text = formatDateTime(value)
    } else {
      text = String(value)
    }
    rows.push({ key, label: FIELD_LABELS[key] || key, text })
  }
  return rows
}
