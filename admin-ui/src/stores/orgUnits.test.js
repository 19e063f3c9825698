import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/admin.js', () => ({ orgUnitApi: { tree: vi.fn() } }))
const { orgUnitApi } = await import('../api/admin.js')
const { flatten, subtreeOf, useOrgUnitStore } = await import('./orgUnits.js')

const tree = [
  {
    id: 1,
    name: '奈曼旗',
    type: 'BANNER',
    children: [
      {
        id: 2,
        name: '八仙筒镇',
        type: 'TOWNSHIP',
        children: [{ id: 3, name: '向阳村', type: 'VILLAGE', children: [] }],
      },
      { id: 4, name: '旗文明办', type: 'DEPARTMENT', children: [] },
    ],
  },
]

describe('org unit tree', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('flattens depth first with depth and full names', () => {
    const flat = flatten(tree)
    expect(flat.map((u) => u.id)).toEqual([1, 2, 3, 4])
    expect(flat[2]).toMatchObject({ depth: 2, fullName: '奈曼旗 / 八仙筒镇 / 向阳村' })
  })

  it('finds the subtree a user may choose from', () => {
    expect(subtreeOf(tree, 2)[0].children.map((c) => c.name)).toEqual(['向阳村'])
    expect(subtreeOf(tree, 99)).toEqual([])
  })

  it('loads the tree once and names units by id', async () => {
    orgUnitApi.tree.mockResolvedValue(tree)
    const units = useOrgUnitStore()

    await Promise.all([units.load(), units.load()])
    await units.load()

    expect(orgUnitApi.tree).toHaveBeenCalledTimes(1)
    expect(units.nameOf(4)).toBe('旗文明办')
    expect(units.nameOf(null)).toBe('')
    expect(units.scopedTree(2)[0].name).toBe('八仙筒镇')
    await units.load(true)
    expect(orgUnitApi.tree).toHaveBeenCalledTimes(2)
  })
})
