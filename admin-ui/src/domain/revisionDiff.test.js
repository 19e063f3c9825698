import { describe, expect, it } from 'vitest'
import { diffRevisions, htmlToText } from './revisionDiff.js'

describe('diffRevisions', () => {
  it('lists only the changed fields, with Chinese labels, in form order', () => {
    const older = { kind: 'AUDIO', title: '移风易俗', summary: '婚事新办', version: 1, tags: ['广播'] }
    const newer = { kind: 'AUDIO', title: '移风易俗新风', summary: '婚事新办', version: 2, tags: ['广播', '新风'] }

    const changes = diffRevisions(older, newer)

    expect(changes.map((c) => c.label)).toEqual(['标题', '标签'])
    expect(changes[0].parts).toEqual([
      { value: '移风易俗', count: 4, added: false, removed: false },
      { value: '新风', count: 2, added: true, removed: false },
    ])
    expect(changes[1].after).toBe('广播、新风')
  })

  it('compares bodies as text, not markup', () => {
    const changes = diffRevisions({ body: '<p>第一段</p>' }, { body: '<p><strong>第一段</strong></p>' })
    expect(changes).toEqual([])
    const edited = diffRevisions({ body: '<p>第一段</p>' }, { body: '<p>第一段</p><p>第二段</p>' })
    expect(edited[0].after).toBe('第一段\n第二段')
  })

  it('names ids and codes through the describers', () => {
    const changes = diffRevisions(
      { orgUnitId: 1 },
      { orgUnitId: 2 },
      { orgUnitId: (id) => ({ 1: '八仙筒镇', 2: '青龙掌镇' })[id] },
    )
    expect(changes[0].before).toBe('八仙筒镇')
    expect(changes[0].after).toBe('青龙掌镇')
    expect(changes[0].parts.some((p) => p.removed && p.value.includes('八仙筒'))).toBe(true)
  })

  it('shows a first revision against nothing as all added', () => {
    const changes = diffRevisions({}, { title: '新标题', featured: true })
    expect(changes.map((c) => c.after)).toEqual(['新标题', '是'])
    expect(changes.every((c) => c.parts.every((p) => p.added))).toBe(true)
  })
})

describe('htmlToText', () => {
  it('keeps blocks on their own lines and decodes entities', () => {
    expect(htmlToText('<p>甲&amp;乙</p><ul><li>一</li><li>二</li></ul>')).toBe('甲&乙\n一\n二')
    expect(htmlToText(null)).toBe('')
  })
})
