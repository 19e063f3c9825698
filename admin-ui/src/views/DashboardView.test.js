import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'

// Canvas charts cannot draw in happy-dom; the stub keeps the option each chart was given.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, default: null } },
    setup: () => () => h('div', { class: 'chart-stub' }),
  }),
}))
vi.mock('../api/admin.js', () => ({
  contentApi: { stats: vi.fn(), brandTargets: vi.fn(), trends: vi.fn() },
  stationApi: { health: vi.fn() },
}))
const { contentApi, stationApi } = await import('../api/admin.js')
const DashboardView = (await import('./DashboardView.vue')).default

const trend = (...mondays) => ({
  weeks: mondays.map((weekStart) => ({ weekStart, published: 1, favourites: 0, views: 0 })),
})

async function open() {
  const wrapper = mount(DashboardView, { global: { plugins: [ElementPlus], stubs: { RouterLink: RouterLinkStub } } })
  await flushPromises()
  return wrapper
}

describe('DashboardView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    contentApi.stats.mockResolvedValue({ counts: [], total: 0 })
    contentApi.brandTargets.mockResolvedValue([])
    contentApi.trends.mockResolvedValue(trend('2024-11-18', '2024-11-25'))
    stationApi.health.mockResolvedValue([
      { stationId: 1, name: '八仙筒镇广播站', enabled: true, online: false, missedSlots: ['08:00'] },
    ])
  })

  it('opens from each count the list of that kind filtered to the same statuses', async () => {
    contentApi.stats.mockResolvedValue({
      counts: [
        { kind: 'POSTER', status: 'DRAFT', count: 2 },
        { kind: 'POSTER', status: 'REJECTED', count: 1 },
      ],
      total: 3,
    })
    const wrapper = await open()

    const link = wrapper.find('[data-testid="card-link-drafts-POSTER"]')
    expect(link.text()).toBe('海报 3')
    expect(wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toContainEqual({
      name: 'contents',
      params: { kind: 'poster' },
      query: { status: 'DRAFT,REJECTED' },
    })
  })

  it('charts the last twelve weeks, then the span the editor picks', async () => {
    const wrapper = await open()
    expect(contentApi.trends).toHaveBeenCalledWith(12)

    contentApi.trends.mockResolvedValue(trend('2024-06-03', '2024-06-10', '2024-06-17'))
    await wrapper
      .findAll('[data-testid="trend-weeks"] input')
      .find((i) => i.element.value === '26')
      .setValue(true)
    await flushPromises()

    expect(contentApi.trends).toHaveBeenLastCalledWith(26)
    const chart = wrapper.findComponent('[data-testid="trend-chart"]')
    expect(chart.props('option').xAxis.data).toEqual(['6月3日', '6月10日', '6月17日'])
  })

  it('shows the stations that missed a slot today', async () => {
    const wrapper = await open()
    const card = wrapper.find('[data-testid="station-health"]')
    expect(card.text()).toContain('离线 1')
    expect(card.find('[data-testid="missed-slots"]').text()).toContain('八仙筒镇广播站')
  })

  it('hides the station card when the role may not read station health', async () => {
    stationApi.health.mockRejectedValue({
      response: { status: 403, data: { status: 403, code: 'FORBIDDEN', detail: '没有权限执行此操作' } },
    })
    const wrapper = await open()
    expect(wrapper.find('[data-testid="station-health"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="trend-chart"]').exists()).toBe(true)
  })
})
