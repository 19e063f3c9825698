/**
 * Unsaved edits kept in the browser until the server has them, so neither an expired session, a closed tab
 * nor a lost connection loses an editor's work. One entry per user and item (or per user and kind for a
 * new item).
 */
const PREFIX = 'wenming:draft:'

export function draftKey(userId, kind, id) {
  return `${PREFIX}${userId}:${id ? 'item-' + id : 'new-' + kind}`
}

export function saveDraft(key, fields, baseVersion, now = new Date()) {
  try {
    localStorage.setItem(key, JSON.stringify({ fields, baseVersion: baseVersion ?? null, savedAt: now.toISOString() }))
  } catch {
    // A full or disabled storage must not break editing; the draft is then only in memory.
  }
}

export function loadDraft(key) {
  try {
    const raw = localStorage.getItem(key)
    if (!raw) {
      return null
    }
    const draft = JSON.parse(raw)
    return draft && typeof draft.fields === 'object' ? draft : null
  } catch {
    return null
  }
}

export function clearDraft(key) {
  try {
    localStorage.removeItem(key)
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** True when two sets of form fields differ in anything an editor typed. */
export function differs(a, b) {
  return JSON.stringify(normalise(a)) !== JSON.stringify(normalise(b))
}

function normalise(fields) {
  const out = {}
  for (const key of Object.keys(fields || {}).sort()) {
    let value = fields[key]
    if (value === '' || value === undefined || value === '<p><br></p>') {
      value = null
    }
    if (Array.isArray(value) && value.length === 0) {
      value = null
    }
    out[key] = value
  }
  return out
}
