import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { filterParams, readQuery, toQuery, useQueryPaging } from './useQueryPaging.js'

const SPEC = { status: String, orgUnitId: Number, keyword: String }

describe('readQuery and toQuery', () => {
  it('reads numbers as numbers and leaves what is missing or unreadable null', () => {
    expect(readQuery(SPEC, { status: 'DRAFT', orgUnitId: '7', page: '3' })).toEqual({
      status: 'DRAFT',
      orgUnitId: 7,
      keyword: null,
      page: 3,
      size: 20,
    })
    expect(readQuery(SPEC, { orgUnitId: 'x', page: '-2', size: '0' })).toEqual({
      status: null,
      orgUnitId: null,
      keyword: null,
      page: 1,
      size: 20,
    })
  })

  it('writes only what differs from an empty first page, text trimmed', () => {
    expect(toQuery(SPEC, { status: null, orgUnitId: 7, keyword: '  端午 ', page: 1, size: 20 })).toEqual({
      orgUnitId: '7',
      keyword: '端午',
    })
    expect(toQuery(SPEC, { status: '', orgUnitId: null, keyword: '', page: 2, size: 50 })).toEqual({
      page: '2',
      size: '50',
    })
  })

  it('gives the API the non-empty filters without paging', () => {
    expect(filterParams(SPEC, { status: 'DRAFT', orgUnitId: null, keyword: ' 粽子 ', page: 4 })).toEqual({
      status: 'DRAFT',
      keyword: '粽子',
    })
  })
})

async function mountList(path, onChange) {
  let paging
  const List = defineComponent({
    setup() {
      paging = useQueryPaging(SPEC, onChange)
      return () => h('div')
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', name: 'list', component: List },
      { path: '/other', name: 'other', component: { render: () => h('p') } },
    ],
  })
  router.push(path)
  await router.isReady()
  mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { router, paging: () => paging }
}

describe('useQueryPaging', () => {
  it('loads once from the address it opens with', async () => {
    const onChange = vi.fn()
    const { paging } = await mountList('/list?status=DRAFT&page=2', onChange)

    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith({ status: 'DRAFT', page: 2, size: 20 })
    expect(paging().filters).toMatchObject({ status: 'DRAFT', page: 2, size: 20 })
  })

  it('puts applied filters in the address from the first page and loads again', async () => {
    const onChange = vi.fn()
    const { router, paging } = await mountList('/list?page=3', onChange)

    paging().filters.keyword = '端午'
    paging().apply()
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ keyword: '端午' })
    expect(onChange).toHaveBeenCalledTimes(2)
    expect(onChange).toHaveBeenLastCalledWith({ keyword: '端午', page: 1, size: 20 })
    expect(paging().params()).toEqual({ keyword: '端午' })
  })

  it('turns pages and changes the size, keeping the filters', async () => {
    const { router, paging } = await mountList('/list?status=PUBLISHED', vi.fn())

    paging().goTo(4)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'PUBLISHED', page: '4' })

    paging().resize(50)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'PUBLISHED', size: '50' })
    expect(paging().filters.page).toBe(1)
  })

  it('follows the browser back to the earlier filters', async () => {
    const onChange = vi.fn()
    const { router, paging } = await mountList('/list?status=DRAFT', onChange)
    paging().filters.status = 'PUBLISHED'
    paging().apply()
    await flushPromises()

    router.back()
    await flushPromises()
    await nextTick()

    expect(paging().filters.status).toBe('DRAFT')
    expect(onChange).toHaveBeenCalledTimes(3)
  })

  it('clears every filter on reset', async () => {
    const { router, paging } = await mountList('/list?status=DRAFT&keyword=x&size=50', vi.fn())

    paging().reset()
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ size: '50' })
  })
})
