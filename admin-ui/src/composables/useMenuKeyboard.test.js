import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMenu, ElMenuItem, ElSubMenu } from 'element-plus'
import { useMenuKeyboard } from './useMenuKeyboard.js'

const Menu = defineComponent({
  setup() {
    const menu = ref()
    const active = ref('/contents/poster')
    useMenuKeyboard(menu, () => active.value)
    return () =>
      h(ElMenu, { ref: menu, defaultActive: active.value, defaultOpeneds: ['content'] }, () => [
        h(ElMenuItem, { index: '/dashboard' }, () => '数据看板'),
        h(
          ElSubMenu,
          { index: 'content' },
          {
            title: () => '内容管理',
            default: () => [
              h(ElMenuItem, { index: '/contents/audio' }, () => '文明实践广播'),
              h(ElMenuItem, { index: '/contents/poster' }, () => '平语近人'),
            ],
          },
        ),
        h(ElMenuItem, { index: '/review' }, () => '审核队列'),
      ])
  },
})

const mountMenu = async () => {
  document.body.innerHTML = ''
  const wrapper = mount(Menu, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}
const entry = (text) =>
  [...document.querySelectorAll('[role="menuitem"]')].find((el) => el.textContent.startsWith(text))
const press = async (key) => {
  document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await flushPromises()
}
const tabStops = () => [...document.querySelectorAll('[role="menuitem"][tabindex="0"]')].map((el) => el.textContent)

describe('useMenuKeyboard', () => {
  it("makes the current screen's entry the menu's one Tab stop", async () => {
    await mountMenu()
    expect(tabStops()).toEqual(['平语近人'])
  })

  it('moves with the arrows through the entries shown and skips those of a folded group', async () => {
    await mountMenu()
    entry('数据看板').focus()
    await press('ArrowDown')
    expect(document.activeElement).toBe(entry('内容管理'))
    await press('ArrowDown')
    expect(document.activeElement).toBe(entry('文明实践广播'))
    expect(tabStops()).toEqual(['文明实践广播'])
    await press('ArrowLeft')
    expect(document.activeElement).toBe(entry('内容管理'))
    await press('Enter')
    expect(entry('内容管理').classList.contains('is-opened')).toBe(false)
    await press('ArrowDown')
    expect(document.activeElement).toBe(entry('审核队列'))
    await press('ArrowDown')
    expect(document.activeElement).toBe(entry('数据看板'))
  })

  it('opens an entry with Enter as a click would', async () => {
    const wrapper = await mountMenu()
    entry('审核队列').focus()
    await press('Enter')
    expect(wrapper.findComponent(ElMenu).emitted('select')?.[0]?.[0]).toBe('/review')
  })
})
