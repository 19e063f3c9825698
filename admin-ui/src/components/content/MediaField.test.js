import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../../api/admin.js', () => ({ mediaApi: { upload: vi.fn(), info: vi.fn(), limits: vi.fn() } }))
const { mediaApi } = await import('../../api/admin.js')
const MediaField = (await import('./MediaField.vue')).default

const audio = {
  key: 'a'.repeat(64) + '.mp3',
  url: '/media/x.mp3',
  sizeBytes: 145764,
  durationSeconds: 74,
  bitrateKbps: 48,
  thumbnailUrls: {},
}

const mountField = (props) => mount(MediaField, { props, global: { plugins: [ElementPlus] } })

async function choose(wrapper, file) {
  const input = wrapper.find('input[type=file]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

describe('MediaField', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    mediaApi.limits.mockResolvedValue({ audioMaxBytes: 200 * 1024 * 1024, imageMaxBytes: 20 * 1024 * 1024 })
  })

  it('uploads the chosen file, shows its progress, then hands over the key and the measured duration', async () => {
    let finish
    mediaApi.upload.mockImplementation((use, file, { onProgress }) => {
      onProgress({ loaded: 40, total: 100 })
      return new Promise((resolve) => {
        finish = resolve
      })
    })
    const wrapper = mountField({ modelValue: null, accept: 'audio' })

    await choose(wrapper, new File(['mp3'], '广播.mp3', { type: 'audio/mpeg' }))
    await flushPromises()
    expect(wrapper.find('[data-testid="upload-progress"]').text()).toContain('40%')

    finish(audio)
    await flushPromises()
    expect(mediaApi.upload.mock.calls[0][0]).toBe('audio')
    expect(wrapper.emitted('update:modelValue')).toEqual([[audio.key]])
    expect(wrapper.emitted('uploaded')[0][0].durationSeconds).toBe(74)
    expect(wrapper.find('[data-testid="media-duration"]').text()).toBe('时长 1:14')
    expect(wrapper.find('audio').attributes('src')).toBe('/media/x.mp3')
  })

  it('cancels a running upload and keeps the previous value', async () => {
    mediaApi.upload.mockImplementation(
      (use, file, { signal }) =>
        new Promise((resolve, reject) => {
          signal.addEventListener('abort', () => reject(new Error('canceled')))
        }),
    )
    const wrapper = mountField({ modelValue: null, accept: 'audio' })

    await choose(wrapper, new File(['mp3'], '广播.mp3'))
    await flushPromises()
    await wrapper.find('[data-testid="upload-cancel"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="upload-progress"]').exists()).toBe(false)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })

  it('does not send a file over the limit the server is configured with, and says so', async () => {
    mediaApi.limits.mockResolvedValue({ audioMaxBytes: 2, imageMaxBytes: 20 * 1024 * 1024 })
    const wrapper = mountField({ modelValue: null, accept: 'audio' })
    await flushPromises()
    expect(wrapper.text()).toContain('不超过 2 B')

    await choose(wrapper, new File(['mp3'], '广播.mp3'))
    await flushPromises()

    expect(mediaApi.upload).not.toHaveBeenCalled()
  })

  it('does not send a file of the wrong format', async () => {
    const wrapper = mountField({ modelValue: null, accept: 'image' })

    await choose(wrapper, new File(['x'], '海报.gif'))
    await flushPromises()

    expect(mediaApi.upload).not.toHaveBeenCalled()
  })

  it('shows an image it already references as a crop-free thumbnail of the original', async () => {
    mediaApi.info.mockResolvedValue({
      key: 'b.png',
      url: '/media/b.png',
      sizeBytes: 2048,
      width: 720,
      height: 960,
      thumbnailUrls: { 320: '/media/b.png/thumb/320' },
    })
    const wrapper = mountField({ modelValue: 'b.png', accept: 'image' })
    await flushPromises()

    expect(mediaApi.info).toHaveBeenCalledWith('b.png')
    expect(wrapper.find('[data-testid="media-current-image"]').text()).toContain('720×960')
    expect(wrapper.find('[data-testid="media-upload-image"]').text()).toBe('更换图片')
  })

  it('warns when the referenced file cannot be used any more', async () => {
    mediaApi.info.mockRejectedValue(new Error('404'))
    const wrapper = mountField({ modelValue: 'gone.mp3', accept: 'audio' })
    await flushPromises()

    expect(wrapper.text()).toContain('原音频文件不存在或不在本单位可用范围内')
  })

  it('says under the field why a file was refused, in words, until another file is chosen', async () => {
    mediaApi.upload.mockRejectedValueOnce({
      response: {
        status: 415,
        data: {
          code: 'MEDIA_TYPE_NOT_ALLOWED',
          detail: '音频仅支持 MP3、M4A、WAV，该文件实际是文字',
        },
      },
    })
    mediaApi.upload.mockResolvedValueOnce(audio)
    const wrapper = mountField({ modelValue: null, accept: 'audio' })

    await choose(wrapper, new File(['这不是音频'], '广播.mp3'))
    await flushPromises()
    expect(wrapper.find('[data-testid="media-problem-audio"]').text()).toBe(
      '音频仅支持 MP3、M4A、WAV，该文件实际是文字',
    )
    expect(wrapper.find('[data-testid="media-problem-audio"]').attributes('role')).toBe('alert')

    await choose(wrapper, new File(['mp3'], '广播.mp3'))
    await flushPromises()
    expect(wrapper.find('[data-testid="media-problem-audio"]').exists()).toBe(false)
  })

  it('shows whether the broadcast rendition is ready, and why it failed', async () => {
    mediaApi.info.mockResolvedValue({
      ...audio,
      renditions: { state: 'FAILED', failureReason: '转码失败：ffmpeg 无法处理此文件' },
    })
    const wrapper = mountField({ modelValue: audio.key, accept: 'audio' })
    await flushPromises()

    expect(wrapper.find('[data-testid="media-rendition"]').text()).toBe(
      '广播版转码失败：转码失败：ffmpeg 无法处理此文件',
    )
  })
})
