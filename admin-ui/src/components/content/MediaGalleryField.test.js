import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { GALLERY_MAX } from '../../domain/media.js'

vi.mock('../../api/admin.js', () => ({ mediaApi: { upload: vi.fn(), info: vi.fn(), limits: vi.fn() } }))
const { mediaApi } = await import('../../api/admin.js')
const MediaGalleryField = (await import('./MediaGalleryField.vue')).default

const photo = (name) => new File(['jpg'], name, { type: 'image/jpeg' })
const viewOf = (file) => ({ key: `key-${file.name}`, url: `/media/${file.name}`, sizeBytes: 3, thumbnailUrls: {} })

const mountGallery = (modelValue = []) =>
  mount(MediaGalleryField, { props: { modelValue }, global: { plugins: [ElementPlus] } })

async function select(wrapper, files) {
  const input = wrapper.find('[data-testid="gallery-files"]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
  await flushPromises()
}

const lastKeys = (wrapper) => wrapper.emitted('update:modelValue').at(-1)[0]

describe('MediaGalleryField', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    mediaApi.limits.mockResolvedValue({ audioMaxBytes: 200 * 1024 * 1024, imageMaxBytes: 20 * 1024 * 1024 })
    mediaApi.info.mockImplementation((key) => Promise.resolve({ key, url: `/media/${key}`, thumbnailUrls: {} }))
  })

  it('uploads every photo of one selection, one after another, and adds each to the gallery', async () => {
    mediaApi.upload.mockImplementation((use, file) => Promise.resolve(viewOf(file)))
    const wrapper = mountGallery(['key-old.jpg'])

    await select(wrapper, [photo('一.jpg'), photo('二.png'), photo('三.webp')])

    expect(mediaApi.upload.mock.calls.map(([use, file]) => [use, file.name])).toEqual([
      ['image', '一.jpg'],
      ['image', '二.png'],
      ['image', '三.webp'],
    ])
    expect(lastKeys(wrapper)).toEqual(['key-old.jpg', 'key-一.jpg', 'key-二.png', 'key-三.webp'])
  })

  it('shows the progress of each photo while they upload', async () => {
    mediaApi.upload.mockImplementation((use, file, { onProgress }) => {
      onProgress({ loaded: 30, total: 100 })
      return new Promise(() => {})
    })
    const wrapper = mountGallery()

    await select(wrapper, [photo('一.jpg'), photo('二.jpg')])

    const rows = wrapper.findAll('[data-testid="gallery-progress"] .progress')
    expect(rows.map((row) => row.text())).toEqual(['一.jpg30%', '二.jpg0%'])
  })

  it('names a refused photo with its reason and still uploads the others', async () => {
    mediaApi.upload.mockImplementation((use, file) =>
      file.name === '坏.jpg'
        ? Promise.reject({ response: { status: 400, data: { code: 'MEDIA_INVALID', detail: '文件内容不是图片' } } })
        : Promise.resolve(viewOf(file)),
    )
    const wrapper = mountGallery()

    await select(wrapper, [photo('动图.gif'), photo('坏.jpg'), photo('好.jpg')])

    expect(mediaApi.upload.mock.calls.map(([, file]) => file.name)).toEqual(['坏.jpg', '好.jpg'])
    expect(lastKeys(wrapper)).toEqual(['key-好.jpg'])
    const problems = wrapper.findAll('[data-testid="gallery-problems"] p').map((p) => p.text())
    expect(problems[0]).toBe('动图.gif：图片仅支持 PNG、JPEG、WebP 格式。')
    expect(problems[1]).toBe('坏.jpg：文件内容不是图片。')
  })

  it('uploads the photos dropped on the gallery together', async () => {
    mediaApi.upload.mockImplementation((use, file) => Promise.resolve(viewOf(file)))
    const wrapper = mountGallery()

    await wrapper.find('[data-testid="gallery-drop"]').trigger('drop', {
      dataTransfer: { files: [photo('一.jpg'), photo('二.jpg')] },
    })
    await flushPromises()

    expect(lastKeys(wrapper)).toEqual(['key-一.jpg', 'key-二.jpg'])
  })

  it('uploads no more photos than the gallery holds, and says which were left out', async () => {
    mediaApi.upload.mockImplementation((use, file) => Promise.resolve(viewOf(file)))
    const almostFull = Array.from({ length: GALLERY_MAX - 1 }, (_, i) => `key-${i}.jpg`)
    const wrapper = mountGallery(almostFull)

    await select(wrapper, [photo('一.jpg'), photo('二.jpg')])

    expect(mediaApi.upload).toHaveBeenCalledTimes(1)
    expect(lastKeys(wrapper)).toHaveLength(GALLERY_MAX)
    expect(wrapper.find('[data-testid="gallery-problems"]').text()).toBe(
      `活动照片最多 ${GALLERY_MAX} 张，二.jpg 未上传。`,
    )
    expect(wrapper.find('[data-testid="gallery-drop"]').exists()).toBe(false)
  })

  it('says the formats and size limit once for the whole gallery', async () => {
    const wrapper = mountGallery(['key-a.jpg', 'key-b.jpg'])
    await flushPromises()

    expect(wrapper.find('[data-testid="gallery-hint"]').text()).toBe(
      `支持 PNG、JPEG、WebP，不超过 20 MB，最多 ${GALLERY_MAX} 张`,
    )
    expect(wrapper.text().match(/支持 PNG/g)).toHaveLength(1)
  })
})
