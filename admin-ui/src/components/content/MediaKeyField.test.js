import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import MediaKeyField from './MediaKeyField.vue'

describe('MediaKeyField', () => {
  const mountField = (props) => mount(MediaKeyField, { props, global: { plugins: [ElementPlus] } })

  it('sends a pasted key trimmed and in lower case, and an empty one as null', async () => {
    const wrapper = mountField({ modelValue: null, accept: 'audio' })
    const input = wrapper.find('input')

    await input.setValue('  ' + 'A'.repeat(64) + '.MP3 ')
    await input.setValue('   ')

    expect(wrapper.emitted('update:modelValue')).toEqual([['a'.repeat(64) + '.mp3'], [null]])
  })

  it('tells the editor that upload is coming and a draft can be saved without media', () => {
    const wrapper = mountField({ modelValue: null, accept: 'image' })
    expect(wrapper.text()).toContain('即将上线')
    expect(wrapper.text()).toContain('可以先保存草稿')
    expect(wrapper.text()).toContain('图片')
  })
})
