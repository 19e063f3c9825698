import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { registerIcons } from '../../icons.js'

vi.mock('../../api/admin.js', () => ({ contentApi: { list: vi.fn() } }))
const PlaylistEditor = (await import('./PlaylistEditor.vue')).default

const items = () => [
  { contentId: 1, title: '早间新闻', durationSeconds: 60 },
  { contentId: 2, title: '移风易俗', durationSeconds: 90 },
  { contentId: 3, title: '防火知识', durationSeconds: 30 },
]

function mountEditor(modelValue = items()) {
  return mount(PlaylistEditor, {
    props: {
      modelValue,
      max: 50,
      label: '07:00 时段的节目单',
      'onUpdate:modelValue': (v) => wrapper.setProps({ modelValue: v }),
    },
    global: { plugins: [ElementPlus, { install: registerIcons }] },
    attachTo: document.body,
  })
}
let wrapper

const titles = (emitted) => emitted.map((i) => i.title)
const lastEmitted = () => wrapper.emitted('update:modelValue').at(-1)[0]

describe('playlist editor', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    wrapper = mountEditor()
  })

  it('moves a dragged row to the row it is dropped on', async () => {
    const rows = wrapper.findAll('[data-testid="playlist-item"]')
    const dataTransfer = { setData: vi.fn(), effectAllowed: '' }

    await rows[2].trigger('dragstart', { dataTransfer })
    await rows[0].trigger('dragover')
    await rows[0].trigger('drop')

    expect(titles(lastEmitted())).toEqual(['防火知识', '早间新闻', '移风易俗'])
    expect(dataTransfer.setData).toHaveBeenCalled()
  })

  it('ignores a drop that did not start in this list', async () => {
    await wrapper.findAll('[data-testid="playlist-item"]')[1].trigger('drop')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })

  it('moves with the buttons, announces the move and keeps focus on the moved item', async () => {
    await wrapper.find('button[aria-label="下移：早间新闻"]').trigger('click')
    await flushPromises()

    expect(titles(lastEmitted())).toEqual(['移风易俗', '早间新闻', '防火知识'])
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('已将“早间新闻”移到第 2 位')
    expect(document.activeElement.getAttribute('aria-label')).toBe('下移：早间新闻')
  })

  it('cannot move the first item up or the last one down', () => {
    expect(wrapper.find('button[aria-label="上移：早间新闻"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('button[aria-label="下移：防火知识"]').attributes('disabled')).toBeDefined()
  })

  it('removes an item and totals the rest', async () => {
    await wrapper.find('button[aria-label="移除：移风易俗"]').trigger('click')
    await flushPromises()

    expect(titles(lastEmitted())).toEqual(['早间新闻', '防火知识'])
    expect(wrapper.text()).toContain('共 2 条，约 1:30')
  })

  it('marks items that are no longer published', () => {
    wrapper.unmount()
    wrapper = mountEditor([{ contentId: 9, title: null, durationSeconds: null }])
    expect(wrapper.find('.title').text()).toBe('内容 9（已下线，不会播放）')
  })
})
