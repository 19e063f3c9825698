// @vitest-environment jsdom
// DOMPurify needs a complete DOM (happy-dom lets scripts and handlers through it).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PhonePreview from './PhonePreview.vue'
import { previewOf } from '../../domain/preview.js'

const render = (fields, context) => mount(PhonePreview, { props: { item: previewOf(fields, context) } })

describe('PhonePreview', () => {
  it('shows an audio item with its player, duration and a note when audio is missing', () => {
    const wrapper = render(
      { kind: 'AUDIO', title: '党的声音进万家', durationSeconds: 74, tags: ['广播'], transcript: '乡亲们好' },
      { unitName: '八仙筒镇' },
    )
    expect(wrapper.find('.nav').text()).toBe('文明实践广播')
    expect(wrapper.find('[data-testid="preview-player"] .time').text()).toBe('1:14')
    expect(wrapper.text()).toContain('尚未关联音频文件')
    expect(wrapper.text()).toContain('八仙筒镇')
    expect(wrapper.text()).toContain('#广播')
    expect(wrapper.find('audio').exists()).toBe(false)
  })

  it('plays the uploaded recording without loading it before the editor presses play', () => {
    const wrapper = render({ kind: 'AUDIO', title: 't', mediaKey: 'a.mp3', durationSeconds: 74 })
    expect(wrapper.find('audio').attributes()).toMatchObject({ src: '/media/a.mp3', preload: 'none' })
    expect(wrapper.text()).not.toContain('尚未关联音频文件')
  })

  it('shows a poster with its image, quote and source', () => {
    const wrapper = render({
      kind: 'POSTER',
      title: '平语近人',
      imageKey: 'p.jpg',
      quote: '幸福都是奋斗出来的',
      quoteSource: '二〇一八年新年贺词',
    })
    expect(wrapper.find('img.poster-image').attributes('src')).toBe('/media/p.jpg')
    expect(wrapper.find('.quote').text()).toBe('幸福都是奋斗出来的')
    expect(wrapper.find('.source').text()).toContain('二〇一八年新年贺词')
  })

  it('shows a brand project with its team, figures and photos', () => {
    const wrapper = render(
      {
        kind: 'BRAND_PROJECT',
        title: '阳光八送',
        volunteerTeam: '阳光八送志愿服务队',
        activityCount: 28,
        servedCount: 3200,
        projectYear: 2023,
        origin: 'ORIGINAL',
        galleryKeys: ['g1.jpg', 'g2.jpg'],
      },
      { ownerUnitName: '旗文明办' },
    )
    expect(wrapper.text()).toContain('阳光八送志愿服务队')
    expect(wrapper.text()).toContain('2023 年 · 原有')
    expect(wrapper.findAll('.numbers strong').map((s) => s.text())).toEqual(['28', '3200'])
    expect(wrapper.findAll('.gallery img').map((i) => i.attributes('src'))).toEqual(['/media/g1.jpg', '/media/g2.jpg'])
  })

  it('shows the festival with its date and the activity', () => {
    const wrapper = render(
      { kind: 'FESTIVAL_ITEM', title: '端午包粽子', festivalCode: 'DUANWU', activityPlace: '文明实践所' },
      { festival: { name: '端午节', date: '2027-06-09' } },
    )
    expect(wrapper.text()).toContain('端午节（2027年6月9日）')
    expect(wrapper.text()).toContain('文明实践所')
  })

  it('removes scripts and event handlers from a body the server has not cleaned yet, keeping its formatting', () => {
    const body =
      '<p style="text-align: center">正文</p><img src="/media/x.jpg" onerror="alert(1)"><script>alert(2)</script>' +
      '<a href="javascript:alert(3)">链接</a><iframe src="https://evil.example"></iframe>'
    const wrapper = render({ kind: 'AUDIO', title: 't', body })
    const html = wrapper.find('.body').html()
    expect(wrapper.find('.body p').attributes('style')).toBe('text-align: center')
    expect(wrapper.find('.body img').attributes('src')).toBe('/media/x.jpg')
    expect(html).not.toContain('onerror')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<iframe')
  })

  it('renders the sanitised body', () => {
    const wrapper = render({ kind: 'AUDIO', title: 't', body: '<p>第一段</p><p>第二段</p>' })
    expect(wrapper.findAll('.body p')).toHaveLength(2)
  })
})
