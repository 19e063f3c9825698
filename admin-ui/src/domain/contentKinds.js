/** The four kinds of content, their route names in the console and the fields each one has. */
export const KINDS = [
  { kind: 'AUDIO', slug: 'audio', label: '广播音频', short: '音频' },
  { kind: 'POSTER', slug: 'poster', label: '平语近人', short: '海报' },
  { kind: 'FESTIVAL_ITEM', slug: 'festival', label: '我们的节日', short: '节日活动' },
  { kind: 'BRAND_PROJECT', slug: 'brand', label: '品牌项目', short: '品牌项目' },
]

export const kindBySlug = (slug) => KINDS.find((k) => k.slug === slug)
export const kindOf = (kind) => KINDS.find((k) => k.kind === kind)

export const STATUSES = [
  { status: 'DRAFT', label: '草稿', tag: 'info' },
  { status: 'SUBMITTED', label: '待审核', tag: 'warning' },
  { status: 'REJECTED', label: '已退回', tag: 'danger' },
  { status: 'APPROVED', label: '审核通过', tag: 'primary' },
  { status: 'SCHEDULED', label: '定时发布', tag: 'primary' },
  { status: 'PUBLISHED', label: '已发布', tag: 'success' },
  { status: 'OFFLINE', label: '已下线', tag: 'info' },
]

/** What a list filters by: one status, or drafts and returned items together (the editor's own to-do). */
export const DRAFTS_AND_REJECTED = 'DRAFT,REJECTED'
export const STATUS_FILTERS = [
  ...STATUSES.map((s) => ({ value: s.status, label: s.label })),
  { value: DRAFTS_AND_REJECTED, label: '草稿与退回' },
]

export const statusOf = (status) => STATUSES.find((s) => s.status === status) || { status, label: status, tag: 'info' }

export const LANGUAGES = [
  { value: 'zh', label: '中文' },
  { value: 'mn', label: '蒙古文' },
]

export const ORIGINS = [
  { value: 'ORIGINAL', label: '原有项目' },
  { value: 'NEW', label: '新培育项目' },
]

const COMMON_FIELDS = ['title', 'summary', 'body', 'coverKey', 'language', 'column', 'orgUnitId', 'tags', 'featured']

const KIND_FIELDS = {
  AUDIO: ['mediaKey', 'durationSeconds', 'transcript', 'theme'],
  POSTER: ['imageKey', 'quote', 'quoteSource', 'interpretation'],
  FESTIVAL_ITEM: ['festivalCode', 'activityTime', 'activityPlace'],
  BRAND_PROJECT: [
    'ownerUnitId',
    'volunteerTeam',
    'activityCount',
    'servedCount',
    'galleryKeys',
    'projectYear',
    'origin',
  ],
}

/** Chinese names of the fields, for the form, the diff of revisions and validation messages. */
export const FIELD_LABELS = {
  title: '标题',
  summary: '摘要',
  body: '正文',
  coverKey: '封面图',
  language: '语言',
  column: '栏目',
  orgUnitId: '所属单位',
  tags: '标签',
  featured: '首页推荐',
  mediaKey: '音频文件',
  durationSeconds: '时长（秒）',
  transcript: '播音文稿',
  theme: '主题',
  imageKey: '海报图片',
  quote: '金句',
  quoteSource: '出处',
  interpretation: '解读',
  festivalCode: '节日',
  activityTime: '活动时间',
  activityPlace: '活动地点',
  ownerUnitId: '责任单位',
  volunteerTeam: '志愿服务队',
  activityCount: '活动场次',
  servedCount: '服务人次',
  galleryKeys: '活动图集',
  projectYear: '年度',
  origin: '项目来源',
}

export const fieldsOfKind = (kind) => [...COMMON_FIELDS, ...(KIND_FIELDS[kind] || [])]

/** An empty form of the kind; the unit defaults to the editor's own. */
export function emptyFields(kind, orgUnitId) {
  const fields = {
    kind,
    title: '',
    summary: '',
    body: '',
    coverKey: null,
    language: 'zh',
    column: '',
    orgUnitId,
    tags: [],
    featured: false,
  }
  for (const name of KIND_FIELDS[kind] || []) {
    fields[name] = name === 'galleryKeys' ? [] : null
  }
  if (kind === 'BRAND_PROJECT') {
    fields.projectYear = new Date().getFullYear()
  }
  return fields
}

/** The editable fields of an item as the server returned it (ContentView), ready for the form. */
export function fieldsFromItem(item) {
  const fields = { kind: item.kind }
  for (const name of fieldsOfKind(item.kind)) {
    const value = item[name]
    if (name === 'tags' || name === 'galleryKeys') {
      fields[name] = Array.isArray(value) ? [...value] : []
    } else if (name === 'featured') {
      fields[name] = Boolean(value)
    } else if (name === 'activityTime') {
      fields[name] = pickerDateTime(value)
    } else {
      fields[name] = value === undefined ? null : value
    }
  }
  return fields
}

/**
 * The office wall-clock time of a server date-time, in the form the date pickers bind to
 * ("2026-11-29T08:30:00+08:00" → "2026-11-29T08:30:00"). The server writes every date-time in the office's zone,
 * so dropping the offset keeps the time editors see; what they send back without one is read in that zone.
 */
export function pickerDateTime(value) {
  if (!value) {
    return null
  }
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)/.exec(String(value))
  return match ? match[1] : String(value)
}

/** The request body of a save: blank optional texts become null so the server stores no empty strings. */
export function requestBody(fields, version) {
  const body = { ...fields }
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && value.trim() === '' && key !== 'title') {
      body[key] = null
    }
  }
  if (body.body === '<p><br></p>') {
    body.body = null
  }
  if (version !== undefined && version !== null) {
    body.version = version
  }
  return body
}
