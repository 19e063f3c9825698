import { describe, expect, it } from 'vitest'
import { exportUrl } from './csv.js'

describe('exportUrl', () => {
  it('carries the filters that are set, encoded', () => {
    expect(exportUrl('contents/export.csv', { kind: 'AUDIO', status: null, keyword: '端午 节', tag: '' })).toBe(
      '/api/admin/v1/contents/export.csv?kind=AUDIO&keyword=%E7%AB%AF%E5%8D%88+%E8%8A%82',
    )
  })

  it('is the bare address without filters', () => {
    expect(exportUrl('users/export.csv')).toBe('/api/admin/v1/users/export.csv')
  })
})
