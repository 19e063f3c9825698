import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { registerIcons } from '../../icons.js'
import KeyDialog from './KeyDialog.vue'

const issued = {
  station: { id: 7, name: '红旗村广播站' },
  key: 'wmk_secret+key',
  keyHeader: 'X-Station-Key',
  playlistUrl: 'https://wm.example.cn/api/station/v1/playlist',
  m3uUrl: 'https://wm.example.cn/api/station/v1/playlist.m3u',
  playlistUrlWithKey: 'https://wm.example.cn/api/station/v1/playlist?key=wmk_secret%2Bkey',
  m3uUrlWithKey: 'https://wm.example.cn/api/station/v1/playlist.m3u?key=wmk_secret%2Bkey',
}

async function open(props) {
  const wrapper = mount(KeyDialog, {
    props: { modelValue: true, issued, ...props },
    global: { plugins: [ElementPlus, { install: registerIcons }] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const dialog = () => document.querySelector('[data-testid="station-key-dialog"]')
const value = (id) => document.getElementById(id).value

describe('station key dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the key once with a warning, and a player configuration sending it as a header', async () => {
    await open({ created: true })

    expect(dialog().textContent).toContain('密钥只显示这一次')
    expect(dialog().textContent).toContain('广播站已创建')
    expect(value('station-key')).toBe('wmk_secret+key')
    expect(value('station-url-json')).toBe(issued.playlistUrl)
    expect(value('station-url-m3u')).toBe(issued.m3uUrl)
    expect(value('station-key-header')).toBe('X-Station-Key: wmk_secret+key')
    expect(value('station-examples')).toContain(
      "curl -H 'X-Station-Key: wmk_secret+key' 'https://wm.example.cn/api/station/v1/playlist'",
    )
    expect(value('station-examples')).not.toContain('?key=')
  })

  it('offers the addresses carrying the key only as the fallback for players that cannot set headers', async () => {
    await open({ created: true })

    expect(dialog().textContent).toContain('备用：仅限无法设置请求头的设备')
    expect(value('station-url-json-with-key')).toBe(issued.playlistUrlWithKey)
    expect(value('station-url-m3u-with-key')).toBe(issued.m3uUrlWithKey)
  })

  it('says the old key stopped working after a rotation', async () => {
    await open({ created: false })
    expect(dialog().textContent).toContain('旧密钥已立即失效')
  })

  it('copies the key to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue()
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await open()

    document.querySelector('[data-testid="copy-station-key"]').click()
    await flushPromises()

    expect(writeText).toHaveBeenCalledWith('wmk_secret+key')
  })

  it('closes with its button', async () => {
    const wrapper = await open()
    document.querySelector('[data-testid="close-station-key"]').click()
    await flushPromises()
    expect(wrapper.emitted('update:modelValue')[0]).toEqual([false])
    expect(dialog().querySelector('.el-dialog__headerbtn')).toBeNull()
  })

  it('asks before Esc closes it, and stays open when the question is cancelled', async () => {
    const ask = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm')
    const wrapper = await open()
    const escape = async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }))
      await flushPromises()
    }

    const shown = () => wrapper.findComponent({ name: 'ElDialog' }).vm.visible

    await escape()
    expect(ask).toHaveBeenCalledTimes(1)
    expect(shown()).toBe(true)
    await escape()
    expect(ask).toHaveBeenCalledTimes(2)
    expect(shown()).toBe(false)
  })
})
