import { describe, expect, it } from 'vitest'
import {
  describeMedia,
  formatBytes,
  formatsHint,
  GALLERY_MAX,
  galleryWith,
  rejectionOf,
  thumbnailOf,
  uploadPercent,
} from './media.js'

const file = (name, size) => ({ name, size })
const MB = 1024 * 1024

describe('media rules', () => {
  it('formats sizes the way editors read them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
    expect(formatBytes(null)).toBe('—')
  })

  it('says the formats and, once known, the size limit of an upload', () => {
    expect(formatsHint('image', 20 * MB)).toBe('支持 PNG、JPEG、WebP，不超过 20 MB')
    expect(formatsHint('audio', null)).toBe('支持 MP3、M4A、WAV')
  })

  it('refuses files of another format, empty files and files over the limit, in Chinese', () => {
    expect(rejectionOf(file('讲话.docx', 10), 'audio', 200 * MB)).toBe('音频仅支持 MP3、M4A、WAV 格式')
    expect(rejectionOf(file('poster', 10), 'image', 20 * MB)).toBe('图片仅支持 PNG、JPEG、WebP 格式')
    expect(rejectionOf(file('空.mp3', 0), 'audio', 200 * MB)).toBe('文件是空的')
    expect(rejectionOf(file('大图.JPG', 21 * MB), 'image', 20 * MB)).toBe('文件 21 MB，超过图片允许的最大 20 MB')
  })

  it('accepts a supported file within the limit whatever the case of its extension', () => {
    expect(rejectionOf(file('广播.MP3', 5 * MB), 'audio', 200 * MB)).toBeNull()
    expect(rejectionOf(file('海报.webp', 1024), 'image', 20 * MB)).toBeNull()
  })

  it('leaves the size to the server when the limits could not be read', () => {
    expect(rejectionOf(file('大图.jpg', 21 * MB), 'image', null)).toBeNull()
  })

  it('holds the progress below 100 until the server has answered', () => {
    expect(uploadPercent({ loaded: 50, total: 200 })).toBe(25)
    expect(uploadPercent({ loaded: 200, total: 200 })).toBe(99)
    expect(uploadPercent({ loaded: 10 })).toBe(0)
  })

  it('picks the smallest thumbnail wide enough, else the largest, else the original', () => {
    const view = { url: '/media/a.png', thumbnailUrls: { 960: '/t/960', 320: '/t/320' } }
    expect(thumbnailOf(view)).toBe('/t/320')
    expect(thumbnailOf(view, 500)).toBe('/t/960')
    expect(thumbnailOf(view, 2000)).toBe('/t/960')
    expect(thumbnailOf({ url: '/media/small.png', thumbnailUrls: {} })).toBe('/media/small.png')
  })

  it('describes audio by size and bit rate, images by size and pixels', () => {
    expect(describeMedia({ sizeBytes: 145764, bitrateKbps: 48, durationSeconds: 24 })).toBe('142 KB · 48 kbps')
    expect(describeMedia({ sizeBytes: 2048, width: 720, height: 960 })).toBe('2.0 KB · 720×960')
  })
})

describe('gallery', () => {
  it('adds at the end, replaces in place and removes, never holding a photo twice', () => {
    expect(galleryWith(['a'], 1, 'b')).toEqual(['a', 'b'])
    expect(galleryWith(['a', 'b'], 0, 'c')).toEqual(['c', 'b'])
    expect(galleryWith(['a', 'b'], 0, null)).toEqual(['b'])
    expect(galleryWith(['a', 'b'], 2, 'a')).toEqual(['a', 'b'])
  })

  it('stops at the most photos a project may have', () => {
    const full = Array.from({ length: GALLERY_MAX }, (_, i) => 'k' + i)
    expect(galleryWith(full, GALLERY_MAX, 'one-more')).toHaveLength(GALLERY_MAX)
  })
})
