// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The first screen must stay small on a county line: the heavy libraries may only be reached through a
// dynamic import, and never whole. (The browser journey measures the bytes themselves.)
const src = fileURLToPath(new URL('..', import.meta.url))
const sources = readdirSync(src, { recursive: true })
  .filter((name) => /\.(vue|js)$/.test(name) && !name.endsWith('.test.js'))
  .map((name) => ({
    name: relative(src, join(src, name)).replaceAll('\\', '/'),
    text: readFileSync(join(src, name), 'utf8'),
  }))

const importing = (pattern) => sources.filter((s) => pattern.test(s.text)).map((s) => s.name)

describe('bundle shape', () => {
  it('installs no whole component library or its whole stylesheet', () => {
    expect(importing(/element-plus\/dist\/index\.css|app\.use\(ElementPlus\b/)).toEqual([])
    expect(importing(/import ElementPlus\b/)).toEqual([])
  })

  it('imports ECharts module by module, only in the dashboard', () => {
    expect(importing(/from 'echarts'/)).toEqual([])
    expect(importing(/from 'echarts\/|from 'vue-echarts'/)).toEqual(['views/DashboardView.vue'])
  })

  it('loads the rich-text editor only through a dynamic import on the editor screen', () => {
    expect(importing(/from '@wangeditor\//)).toEqual(['components/content/RichTextEditor.vue'])
    expect(importing(/import .*RichTextEditor\.vue'/)).toEqual([])
    expect(importing(/import\('[./]+components\/content\/RichTextEditor\.vue'\)/)).toEqual([
      'views/content/ContentEditorView.vue',
    ])
  })

  it('reaches the dashboard and the editor through lazy routes', () => {
    const router = sources.find((s) => s.name === 'router/index.js').text
    expect(router).toMatch(/component: \(\) => import\('\.\.\/views\/DashboardView\.vue'\)/)
    expect(router).toMatch(/component: \(\) => import\('\.\.\/views\/content\/ContentEditorView\.vue'\)/)
    expect(importing(/^import .*(DashboardView|ContentEditorView)\.vue'/m)).toEqual([])
  })
})
