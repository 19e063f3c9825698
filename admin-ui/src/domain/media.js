/**
 * What the console checks before it sends a file (the server checks the same again, by content): the kinds
 * the media API accepts (MediaInspector). Size limits are configured on the server and read from it
 * (GET media/limits).
 */
export const MEDIA_USES = {
  audio: {
    label: '音频',
    accept: '.mp3,.m4a,.wav,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,audio/x-wav',
    extensions: ['mp3', 'm4a', 'wav'],
    formats: 'MP3、M4A、WAV',
  },
  image: {
    label: '图片',
    accept: '.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp',
    extensions: ['png', 'jpg', 'jpeg', 'webp'],
    formats: 'PNG、JPEG、WebP',
  },
}

/** 1536 → "1.5 KB", 200 MB → "200 MB", unknown → "—": sizes the way editors read them, everywhere in the console. */
export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) {
    return '—'
  }
  const units = ['B', 'KB', 'MB', 'GB']
  let value = Number(bytes)
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return (unit === 0 ? String(value) : value.toFixed(value >= 10 ? 0 : 1)) + ' ' + units[unit]
}

/** "支持 PNG、JPEG、WebP，不超过 20 MB": what an upload of this use takes, said once beside its button. */
export function formatsHint(use, maxBytes) {
  const limit = maxBytes ? `，不超过 ${formatBytes(maxBytes)}` : ''
  return `支持 ${MEDIA_USES[use].formats}${limit}`
}

/**
 * A Chinese reason the file cannot be uploaded as this use, or null when it may be sent. Without a known
 * `maxBytes` (the limits could not be read) the size is left to the server.
 */
export function rejectionOf(file, use, maxBytes) {
  const rules = MEDIA_USES[use]
  const extension = (file.name.split('.').pop() || '').toLowerCase()
  if (!file.name.includes('.') || !rules.extensions.includes(extension)) {
    return `${rules.label}仅支持 ${rules.formats} 格式`
  }
  if (file.size === 0) {
    return '文件是空的'
  }
  if (maxBytes && file.size > maxBytes) {
    return `文件 ${formatBytes(file.size)}，超过${rules.label}允许的最大 ${formatBytes(maxBytes)}`
  }
  return null
}

/** Whole percent of an axios upload progress event; 99 until the server has answered (it still inspects). */
export function uploadPercent(event) {
  if (!event?.total) {
    return 0
  }
  return Math.min(99, Math.floor((event.loaded / event.total) * 100))
}

/** The smallest thumbnail at least `width` wide, or the original when the image is smaller than all. */
export function thumbnailOf(view, width = 320) {
  const widths = Object.keys(view?.thumbnailUrls || {})
    .map(Number)
    .sort((a, b) => a - b)
  const fit = widths.find((w) => w >= width) ?? widths[widths.length - 1]
  return fit !== undefined ? view.thumbnailUrls[fit] : view?.url || null
}

/** One line describing an uploaded file: size, and bit rate or pixel size (the player shows the duration). */
export function describeMedia(view) {
  if (!view) {
    return ''
  }
  const parts = [formatBytes(view.sizeBytes)]
  if (view.bitrateKbps) {
    parts.push(view.bitrateKbps + ' kbps')
  }
  if (view.width && view.height) {
    parts.push(`${view.width}×${view.height}`)
  }
  return parts.join(' · ')
}

/** The most photos a brand project's gallery holds (server: ContentFields.galleryKeys). */
export const GALLERY_MAX = 30

/**
 * The gallery after one of its places changed: index === keys.length adds, a null key removes, and a photo
 * already in the gallery is not added twice.
 */
export function galleryWith(keys, index, key) {
  const next = [...(keys || [])]
  if (key === null) {
    next.splice(index, 1)
  } else if (!next.includes(key)) {
    next.splice(index, 1, key)
  }
  return next.slice(0, GALLERY_MAX)
}
