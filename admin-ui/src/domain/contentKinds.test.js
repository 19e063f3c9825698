import { describe, expect, it } from 'vitest'
import {
  emptyFields,
  fieldsFromItem,
  fieldsOfKind,
  kindBySlug,
  pickerDateTime,
  requestBody,
  statusOf,
} from './contentKinds.js'

describe('content kinds', () => {
  it('maps route names to kinds', () => {
    expect(kindBySlug('brand').kind).toBe('BRAND_PROJECT')
    expect(kindBySlug('nope')).toBeUndefined()
  })

  it('gives each kind its own fields and the common ones', () => {
    expect(fieldsOfKind('POSTER')).toContain('quote')
    expect(fieldsOfKind('POSTER')).not.toContain('mediaKey')
    expect(fieldsOfKind('AUDIO')).toContain('title')
  })

  it('starts a form in the editor own unit, in Chinese', () => {
    const fields = emptyFields('BRAND_PROJECT', 12)
    expect(fields).toMatchObject({
      kind: 'BRAND_PROJECT',
      orgUnitId: 12,
      language: 'zh',
      galleryKeys: [],
      origin: null,
    })
    expect(fields.projectYear).toBe(new Date().getFullYear())
  })

  it('takes only the editable fields of a server item', () => {
    const fields = fieldsFromItem({
      id: 5,
      kind: 'AUDIO',
      title: '广播',
      status: 'DRAFT',
      version: 3,
      tags: null,
      featured: null,
      quote: '别的类型',
    })
    expect(fields).not.toHaveProperty('status')
    expect(fields).not.toHaveProperty('quote')
    expect(fields.tags).toEqual([])
    expect(fields.featured).toBe(false)
  })

  it('binds server date-times to the pickers as office wall-clock time', () => {
    expect(pickerDateTime('2026-12-01T15:15:50+08:00')).toBe('2026-12-01T15:15:50')
    expect(pickerDateTime('2026-12-01T15:15:50')).toBe('2026-12-01T15:15:50')
    expect(pickerDateTime(null)).toBeNull()
    const fields = fieldsFromItem({ kind: 'FESTIVAL_ITEM', activityTime: '2027-02-12T09:30:00+08:00' })
    expect(fields.activityTime).toBe('2027-02-12T09:30:00')
  })

  it('sends blank optional texts as null and carries the version', () => {
    const body = requestBody({ kind: 'AUDIO', title: ' ', summary: '  ', body: '<p><br></p>', transcript: '稿' }, 4)
    expect(body).toMatchObject({ title: ' ', summary: null, body: null, transcript: '稿', version: 4 })
    expect(requestBody({ title: 'x' })).not.toHaveProperty('version')
  })

  it('labels statuses in Chinese', () => {
    expect(statusOf('SUBMITTED').label).toBe('待审核')
    expect(statusOf('PUBLISHED').tag).toBe('success')
  })
})
