import { ORIGINS } from './contentKinds.js'

/**
 * The item as the mini program shows it (the shape of GET /api/mini/v1/contents/{id}), built from the form
 * so unsaved edits can be previewed. Media keys become the /media/ paths residents' clients fetch.
 */
export function previewOf(fields, { unitName, ownerUnitName, festival, publishedAt } = {}) {
  const media = (key) => (key ? '/media/' + key : null)
  return {
    kind: fields.kind,
    title: fields.title || '（未填写标题）',
    summary: fields.summary || '',
    body: fields.body || '',
    coverUrl: media(fields.coverKey),
    language: fields.language || 'zh',
    orgUnitName: unitName || '',
    tags: fields.tags || [],
    publishedAt: publishedAt || null,
    mediaUrl: media(fields.mediaKey),
    durationSeconds: fields.durationSeconds ?? null,
    transcript: fields.transcript || '',
    theme: fields.theme || '',
    imageUrl: media(fields.imageKey),
    quote: fields.quote || '',
    quoteSource: fields.quoteSource || '',
    interpretation: fields.interpretation || '',
    festivalName: festival?.name || '',
    festivalDate: festival?.date || null,
    activityTime: fields.activityTime || null,
    activityPlace: fields.activityPlace || '',
    ownerUnitName: ownerUnitName || '',
    volunteerTeam: fields.volunteerTeam || '',
    activityCount: fields.activityCount ?? null,
    servedCount: fields.servedCount ?? null,
    galleryUrls: (fields.galleryKeys || []).map(media),
    projectYear: fields.projectYear ?? null,
    originLabel: ORIGINS.find((o) => o.value === fields.origin)?.label.replace('项目', '') || '',
  }
}

/** 74 → "1:14", the way the mini program's player shows a duration. */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(Number(seconds))) {
    return '--:--'
  }
  const total = Math.max(0, Math.round(Number(seconds)))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "2026-11-29T08:30:00+08:00" (or without the offset) → "2026年11月29日 08:30", the office's wall-clock time. */
export function formatDateTime(value) {
  if (!value) {
    return ''
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(String(value))
  if (!match) {
    return String(value)
  }
  const [, y, mo, d, h, mi] = match
  return `${y}年${Number(mo)}月${Number(d)}日` + (h ? ` ${h}:${mi}` : '')
}
