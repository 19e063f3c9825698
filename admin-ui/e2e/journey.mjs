// The editorial journey in a real browser (run by scripts/e2e.sh): sign in, create users, write an audio item
// and upload its recording (progress shown), a poster with its image and a brand project; submit, review,
// publish, see them in the mini-program API, check another township's editor cannot see them, publish a poster
// with the keyboard alone, and photograph every main screen, each checked by axe-core. Any browser console
// error, and any serious or critical accessibility problem, fails the run.
import { chromium } from 'playwright-core'
import { strict as assert } from 'node:assert'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'

const base = process.env.E2E_BASE_URL
const adminPassword = process.env.E2E_ADMIN_PASSWORD
const screens = process.env.E2E_SCREENS
const userPassword = 'e2e-password-123'
const stamp = Date.now().toString(36)
const projectTitle = `端到端测试品牌项目 ${stamp}`
const audioTitle = `端到端测试广播 ${stamp}`
const posterTitle = `端到端测试金句海报 ${stamp}`
const sampleMedia = (name) => fileURLToPath(new URL(`../../content/media/${name}`, import.meta.url))
const reviewerName = `e2e-reviewer-${stamp}`
const editorName = `e2e-editor-${stamp}`
const otherName = `e2e-other-${stamp}`

// axe-core is evaluated through the DevTools protocol: the console's Content-Security-Policy (script-src 'self')
// rightly refuses an injected <script>.
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
/** The first screen (the login form) on a county line: compressed JavaScript and CSS, at most this many bytes. */
const FIRST_SCREEN_BUDGET = 350 * 1024

const consoleErrors = []
/** Serious or critical accessibility problems found by axe-core, per screen; all printed at the end, then fatal. */
const accessibilityProblems = []
/** The screens axe-core checked (see screenOf); the run fails when one of MAIN_SCREENS is not among them. */
const checkedScreens = new Set()
/** Every main screen of the console, as screenOf names it. */
const MAIN_SCREENS = [
  '/login',
  '/dashboard',
  '/contents/audio',
  '/contents/poster',
  '/contents/festival',
  '/contents/brand',
  '/contents/audio/:id',
  '/contents/poster/new',
  '/contents/poster/:id',
  '/contents/festival/new',
  '/contents/brand/:id',
  '/review',
  '/festivals',
  '/stations',
  '/stations?tab=schedules',
  '/stations?tab=ledger',
  '/stations?tab=urgent',
  '/submissions',
  '/system/users',
  '/system/org-units',
  '/system/review-levels',
  '/system/audit-log',
  '/system/search',
]
const WANGEDITOR_AFTER_DESTROY = 'Can not get editor instance'
/** Set while a step provokes an expected failed request (an ended session answers 401 once). */
let expectedStatus = null

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

async function signIn(username, password, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (expectedStatus && text.includes(`status of ${expectedStatus}`)) return
    consoleErrors.push(`[${username}] ${text} @ ${message.location().url}`)
  })
  page.on('pageerror', (error) => {
    // wangEditor 5 throttles its selectionchange handler (100 ms) and lets a pending call run after the
    // editor was destroyed, which throws this from a timer when a screen with the editor closes right after
    // a click in it. Nothing is lost or shown to the editor; every other uncaught error still fails the run.
    if (error.message === WANGEDITOR_AFTER_DESTROY) return
    consoleErrors.push(`[${username}] ${error.message}`)
  })
  await page.goto(`${base}/admin/`)
  await page.locator('#login-username').waitFor()
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(password)
  await page.getByRole('button', { name: '登 录' }).click()
  // The main menu, whether shown with its labels or folded to icons (it folds itself under 1200 px).
  await page.getByRole('menubar', { name: '主菜单' }).waitFor()
  return { context, page }
}

/** A screen's route without ids or other query parameters, except the stations screen's tab. */
function screenOf(page) {
  const [path, query = ''] = new URL(page.url()).hash.slice(1).split('?')
  const tab = new URLSearchParams(query).get('tab')
  return path.replace(/\/\d+$/, '/:id') + (tab ? `?tab=${tab}` : '')
}

/**
 * Runs axe-core on the screen as it is and keeps each serious or critical violation with the screen's name
 * (with the colours axe measured, for a contrast problem).
 */
async function checkAccessibility(page, name) {
  // A colour on its way (a radio button turning blue, a dialog fading) is not what the reader is left with.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  )
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(axeSource)
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    const described = (node) => {
      const contrast = node.any.find((check) => check.data?.contrastRatio)?.data
      return (
        node.target.join(' ') +
        (contrast ? ` (${contrast.fgColor} on ${contrast.bgColor}, ${contrast.contrastRatio}:1)` : '')
      )
    }
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(described).join(' | ')}`)
  })
  for (const violation of violations) {
    accessibilityProblems.push(`[${name}] ${violation}`)
  }
  checkedScreens.add(screenOf(page))
}

const shot = async (page, name) => {
  await page.screenshot({ path: join(screens, `${name}.png`) })
  await checkAccessibility(page, name)
}

/** Compressed bytes of the scripts and stylesheets a fresh browser downloads until the login form is ready. */
async function firstScreenBytes() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  const assets = []
  page.on('requestfinished', async (request) => {
    const type = request.resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    const response = await request.response()
    assets.push({
      url: request.url(),
      type,
      encoding: (await response.allHeaders())['content-encoding'],
      sizes: await request.sizes(),
    })
  })
  await page.goto(`${base}/admin/`)
  await page.locator('#login-username').waitFor()
  await page.waitForLoadState('networkidle')
  await context.close()
  // The container compresses every script and stylesheet above its 2 KB threshold.
  for (const asset of assets) {
    assert.ok(asset.encoding === 'gzip' || asset.sizes.responseBodySize < 2048, `${asset.url} goes out compressed`)
  }
  assert.ok(
    assets.some((asset) => asset.encoding === 'gzip' && asset.type === 'script'),
    'the scripts go out compressed',
  )
  return assets.reduce((sum, asset) => sum + asset.sizes.responseBodySize, 0)
}
const go = (page, hash) => page.goto(`${base}/admin/#${hash}`)
const message = (page, text) => page.locator('.el-message').filter({ hasText: text }).first().waitFor()
const statusTag = (page, label) => page.locator('.page-header .el-tag').filter({ hasText: label }).first().waitFor()

async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = document.cookie
        .split('; ')
        .find((c) => c.startsWith('XSRF-TOKEN='))
        ?.split('=')[1]
      const response = await fetch(`/api/admin/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
    { method, path, body },
  )
}

function findUnit(nodes, code) {
  for (const node of nodes) {
    if (node.code === code) return node
    const found = findUnit(node.children || [], code)
    if (found) return found
  }
  return null
}

/** Whether the focused element matches `selector` (and its text starts with `text`). */
const isFocused = (page, selector, text) =>
  page.evaluate(
    ({ selector, text }) => {
      const element = document.activeElement
      return Boolean(element?.matches(selector) && (!text || element.textContent.trim().startsWith(text)))
    },
    { selector, text },
  )

/** Whether the focused element shows a focus outline. */
const outlined = (page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement)
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
  })

/** Presses Tab until the control matching `selector` (and `text`) has the focus; at once when it has it already. */
async function tabTo(page, selector, { text } = {}) {
  for (let presses = 0; presses < 80; presses++) {
    if (await isFocused(page, selector, text)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab does not reach ${selector} ${text ?? ''}`)
}

/** Tabs to the main menu, moves with the arrow keys to the entry starting with `text` and opens it with Enter. */
async function openFromMenu(page, text) {
  await tabTo(page, '[role="menuitem"]')
  assert.ok(await outlined(page), 'the focused menu entry is outlined')
  for (let presses = 0; presses < 30 && !(await isFocused(page, '[role="menuitem"]', text)); presses++) {
    await page.keyboard.press('ArrowDown')
  }
  assert.ok(await isFocused(page, '[role="menuitem"]', text), `the arrow keys reach the menu entry ${text}`)
  await page.keyboard.press('Enter')
}

/**
 * Presses Enter on the focused upload button and gives the file dialog the file. Chromium now and then
 * opens no dialog for the first press (seen in CI on a page that had shown one before), so Enter is
 * pressed again, still from the keyboard, before the step fails.
 */
async function chooseFileWithEnter(page, file) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const opened = page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null)
    await page.keyboard.press('Enter')
    const chooser = await opened
    if (chooser) {
      await chooser.setFiles(file)
      return
    }
  }
  throw new Error('the file dialog did not open from the keyboard')
}

async function step(name, action) {
  const started = Date.now()
  await action()
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

try {
  // ---- Administrator: login page, dashboard, users
  const admin = await signIn('admin', adminPassword)
  await step('the login screen downloads at most 350 KB of compressed JavaScript and CSS', async () => {
    const bytes = await firstScreenBytes()
    console.log(`  first screen: ${(bytes / 1024).toFixed(1)} KB of compressed JavaScript and CSS`)
    assert.ok(bytes > 0 && bytes <= FIRST_SCREEN_BUDGET, `first screen ${bytes} bytes`)
  })

  await step('administrator signs in and sees the dashboard', async () => {
    const login = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
    await login.goto(`${base}/admin/`)
    await login.locator('#login-username').waitFor()
    await login.getByRole('button', { name: '登 录' }).click()
    await login.getByText('请输入用户名').waitFor()
    await shot(login, '01-login')
    await login.context().close()
    await admin.page.locator('.chart canvas').first().waitFor()
    await admin.page.getByText('明仁苏木').first().waitFor()
    await admin.page.waitForTimeout(800)
    await shot(admin.page, '02-dashboard')
  })

  await step('administrator creates a reviewer of 八仙筒镇 in the users screen', async () => {
    const page = admin.page
    await go(page, '/system/users')
    await page.locator('[data-testid="new-user"]').click()
    await page.locator('#u-username').fill(reviewerName)
    await page.locator('#u-name').fill('八仙筒镇审核员')
    await page.locator('#u-unit').click()
    await page.locator('#u-unit').fill('八仙筒')
    await page.locator('.el-tree-select__popper').getByText('八仙筒镇', { exact: true }).click()
    const dialog = page.locator('.el-dialog')
    await dialog.getByText('审核员', { exact: true }).click()
    await dialog.getByText('编辑', { exact: true }).click()
    await page.locator('#u-password').fill(userPassword)
    await page.locator('[data-testid="save-user"]').click()
    await message(page, `已创建账号 ${reviewerName}`)
    const row = page.locator('[data-testid="users-table"] .el-table__row', { hasText: reviewerName })
    await row.getByText('八仙筒镇', { exact: true }).waitFor()
    await row.getByText('审核员', { exact: true }).waitFor()
    await shot(page, '03-users')
  })

  await step('administrator adds editors of 八仙筒镇 and 青龙掌镇 through the API', async () => {
    const tree = (await api(admin.page, 'GET', '/org-units')).body
    for (const [username, code, name] of [
      [editorName, 'baxiantong-zhen', '八仙筒镇编辑'],
      [otherName, 'qinglongzhang-zhen', '青龙掌镇编辑'],
    ]) {
      const created = await api(admin.page, 'POST', '/users', {
        username,
        displayName: name,
        orgUnitId: findUnit(tree, code).id,
        roles: ['EDITOR'],
        password: userPassword,
      })
      assert.equal(created.status, 201, JSON.stringify(created.body))
    }
  })

  // ---- Editor: an audio draft without media, then a brand project through to submission
  const editor = await signIn(editorName, userPassword)
  await step('editor saves an audio draft without its audio file', async () => {
    const page = editor.page
    await go(page, '/contents/audio')
    await page.getByRole('button', { name: '新建音频' }).click()
    await page.locator('#f-title').fill(audioTitle)
    await page.locator('#f-summary').fill('村嘎查文明实践广播站本周播出的移风易俗宣传音频。')
    await page.locator('#f-theme').fill('移风易俗')
    await page.locator('#f-transcript').fill('乡亲们好，这里是八仙筒镇文明实践广播站。')
    await page.locator('[data-testid="save"]').click()
    await message(page, '已保存')
    await statusTag(page, '草稿')
    await page.waitForURL(/#\/contents\/audio\/\d+$/)
    await page.locator('[data-testid="preview-player"]').waitFor()
  })

  let audioId
  await step('editor uploads the recording with a progress bar, hears it with its duration, and submits', async () => {
    const page = editor.page
    audioId = Number(page.url().match(/(\d+)$/)[1])
    // A slow uplink, as from a township office, so the progress bar is on screen long enough to see.
    const network = await editor.context.newCDPSession(page)
    await network.send('Network.enable')
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 40 * 1024,
    })
    await page.locator('[data-testid="media-file-audio"]').setInputFiles(sampleMedia('audio-caoyuan-shuwu.mp3'))
    await page.locator('[data-testid="upload-progress"] .el-progress').waitFor()
    await page.waitForFunction(
      () => parseInt(document.querySelector('[data-testid="upload-progress"] .el-progress__text')?.textContent, 10) > 0,
    )
    await shot(page, '04-audio-uploading')
    await page.locator('[data-testid="media-current-audio"]').waitFor({ timeout: 60000 })
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await message(page, '音频上传成功')
    const duration = await page.locator('[data-testid="media-duration"]').textContent()
    assert.match(duration, /^时长 \d+:\d\d$/)
    assert.ok(
      Number(await page.locator('#f-duration').inputValue()) > 0,
      'the measured duration fills the duration field',
    )
    await page.locator('[data-testid="save"]').click()
    await message(page, '已保存')
    await page.locator('[data-testid="submit"]').click()
    await message(page, '已提交审核')
    await statusTag(page, '待审核')
    await shot(page, '05-audio-editor')
  })

  let posterId
  await step('editor makes a 平语近人 poster with its image and submits it', async () => {
    const page = editor.page
    await go(page, '/contents/poster/new')
    await page.locator('#f-title').fill(posterTitle)
    await page.locator('#f-image').setInputFiles(sampleMedia('poster-lvshui-qingshan.jpg'))
    await message(page, '图片上传成功')
    await page.locator('[data-testid="media-current-image"] img').waitFor()
    await page.locator('[data-testid="save"]').click()
    await page.waitForURL(/#\/contents\/poster\/\d+$/)
    posterId = Number(page.url().match(/(\d+)$/)[1])
    // Submitted without its quote: one sentence over the form, each message beside its field, no toast.
    expectedStatus = 422
    await page.locator('[data-testid="submit"]').click()
    const problem = page.locator('[data-testid="form-problem"]')
    await problem.waitFor()
    expectedStatus = null
    assert.equal((await problem.textContent()).trim(), '提交审核前请补全：金句、出处')
    const quoteItem = page.locator('.el-form-item', { has: page.locator('#f-quote') })
    await quoteItem.locator('.el-form-item__error').getByText('请填写金句').waitFor()
    assert.equal(
      await page.locator('.el-message', { hasText: '补全' }).count(),
      0,
      'the form problem is not also a toast',
    )
    await shot(page, '06-poster-incomplete')
    await page.locator('#f-quote').fill('绿水青山就是金山银山。')
    await quoteItem.locator('.el-form-item__error').waitFor({ state: 'detached' })
    await problem.waitFor()
    await page.locator('#f-source').fill('习近平在浙江安吉考察时的讲话（2005年）')
    await problem.waitFor({ state: 'detached' })
    await page.locator('[data-testid="submit"]').click()
    await message(page, '已提交审核')
    // A cleared message leaves through Element Plus's fade (an empty element for a moment), then is gone.
    await page.locator('.el-form-item__error').first().waitFor({ state: 'detached', timeout: 5000 })
    assert.equal(await page.locator('.el-form-item__error').count(), 0, 'no field message outlives the fix')
    const toastBox = await page.locator('.el-message', { hasText: '已提交审核' }).boundingBox()
    const headerBox = await page.locator('.page-header').boundingBox()
    assert.ok(toastBox.y > headerBox.y + headerBox.height, 'the toast leaves the page header and its status visible')
    await statusTag(page, '待审核')
    await page.locator('.phone img').first().waitFor()
    await shot(page, '06-poster-editor')
  })

  let projectId
  await step('editor writes a brand project with the rich-text editor and submits it', async () => {
    const page = editor.page
    await go(page, '/contents/brand/new')
    await page.locator('.el-message').first().waitFor({ state: 'detached' })
    await page.locator('#f-title').fill(projectTitle)
    await page.locator('#f-summary').fill('志愿者定期进村入户，为行动不便的老人免费理发。')
    await page.locator('#f-team').fill('八仙筒镇“爱理发”志愿服务队')
    await page.getByText('新培育项目', { exact: true }).click()
    await page.locator('#f-activities').fill('12')
    await page.locator('#f-served').fill('360')
    await page.locator('[data-testid="rich-text"] [contenteditable="true"]').click()
    await page.keyboard.type('理发志愿者每月到村里服务一次。')
    await page.locator('#f-tags').fill('志愿服务')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="dirty"]').waitFor()
    // The long form's actions stay at the bottom of the window, at its top as at its end; Ctrl+S saves.
    const windowHeight = page.viewportSize().height
    for (const field of ['#f-title', '#f-tags']) {
      await page.locator(field).scrollIntoViewIfNeeded()
      const formBox = await page.locator('form.card').first().boundingBox()
      const saveBox = await page.locator('[data-testid="save"]').boundingBox()
      assert.ok(formBox.y < 0 || formBox.y + formBox.height > windowHeight, 'the form is longer than the window')
      assert.ok(
        saveBox && saveBox.y >= 0 && saveBox.y + saveBox.height <= windowHeight,
        `the action bar is on screen at ${field}`,
      )
    }
    const toolbarStops = await page
      .locator('[data-testid="rich-text"]')
      .locator('xpath=..')
      .locator('[role="toolbar"] button[tabindex="0"]')
      .count()
    assert.equal(toolbarStops, 1, 'the rich-text toolbar is one Tab stop')
    await page.keyboard.press('Control+S')
    await page.waitForURL(/#\/contents\/brand\/\d+$/)
    projectId = Number(page.url().match(/(\d+)$/)[1])
    await page.locator('[data-testid="saved"]').waitFor()
    await page.locator('.phone').getByText('八仙筒镇“爱理发”志愿服务队').waitFor()
    await shot(page, '07-brand-editor')
  })

  // ---- Editor: several gallery photos in one file dialog
  await step('editor adds three photos to the brand project in one file dialog and saves them', async () => {
    // In a tab of its own, closed afterwards: the keyboard-only step later opens a file dialog in the editor's
    // first tab, and while this step and the sessions step shared that tab, that dialog often did not open.
    const page = await editor.context.newPage()
    await go(page, `/contents/brand/${projectId}`)
    const photos = ['brand-ai-lifa.jpg', 'brand-liulian-liujian.jpg', 'brand-shuangyang-huzhu.jpg'].map(sampleMedia)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('[data-testid="gallery-upload"]').click(),
    ])
    assert.ok(chooser.isMultiple(), 'the gallery takes several files from one dialog')
    await chooser.setFiles(photos)
    const thumbnails = page.locator('[data-testid="media-gallery"] [data-testid="media-current-image"]')
    await thumbnails.nth(2).waitFor()
    await message(page, '已上传 3 张照片')
    assert.equal(await thumbnails.count(), 3)
    await page.locator('[data-testid="dirty"]').waitFor()
    await page.keyboard.press('Control+S')
    await page.locator('[data-testid="saved"]').waitFor()
    const saved = (await api(page, 'GET', `/contents/${projectId}`)).body
    assert.equal(saved.galleryKeys.length, 3, 'the three photos are saved with the project')
    await shot(page, '07-brand-gallery')
    await page.close()
    await editor.page.reload()
    await editor.page.locator('[data-testid="media-gallery"] [data-testid="media-current-image"]').nth(2).waitFor()
  })

  await step('an ended session sends the editor to login and back with the unsaved edit restored', async () => {
    const page = editor.page
    await page.locator('#f-summary').fill('登录过期前写下的摘要，不能丢。')
    // The server forgets the session; the browser keeps its other cookies, as after a real timeout.
    await editor.context.clearCookies({ name: 'WENMING_SESSION' })
    expectedStatus = 401
    await page.locator('[data-testid="save"]').click()
    await page.getByText('登录已过期').waitFor()
    expectedStatus = null
    await shot(page, '08-session-expired')
    await page.locator('#login-username').fill(editorName)
    await page.locator('#login-password').fill(userPassword)
    await page.getByRole('button', { name: '登 录' }).click()
    await page.locator('[data-testid="draft-restored"]').waitFor()
    assert.equal(await page.locator('#f-summary').inputValue(), '登录过期前写下的摘要，不能丢。')
    await page.locator('[data-testid="submit"]').click()
    await message(page, '已提交审核')
    await statusTag(page, '待审核')
    await page.getByRole('tab', { name: '历史版本' }).click()
    await page.locator('[data-testid="revisions"] [data-testid="current-revision"]').waitFor()
    const history = await page.locator('[data-testid="revisions"]').textContent()
    assert.ok(history.includes('八仙筒镇编辑') && !history.includes(editorName), 'history names people, not usernames')
    await page.locator('[data-testid="revisions"] .el-table__row').nth(1).click()
    await page.locator('[data-testid="revision-diff"] .diff-added').first().waitFor()
    await shot(page, '09-revisions')
  })

  // ---- Reviewer: review queue, approve, publish
  const reviewer = await signIn(reviewerName, userPassword)
  await step('reviewer finds the submission in the review queue with a count in the menu', async () => {
    const page = reviewer.page
    await page.locator('[data-testid="review-badge"]').waitFor()
    await go(page, '/review')
    await page.locator('[data-testid="review-table"]').getByText(projectTitle).waitFor()
    const projectRow = page.locator('[data-testid="review-table"] .el-table__row', { hasText: projectTitle })
    await projectRow.getByText('八仙筒镇编辑').waitFor()
    await shot(page, '08-review-queue')
    await page.locator('[data-testid="review-table"]').getByText(projectTitle).click()
    await statusTag(page, '待审核')
    // The reviewer reads a document, not a form of greyed-out inputs.
    await page.locator('[data-testid="review-document"]').getByText('八仙筒镇“爱理发”志愿服务队').waitFor()
    assert.equal(await page.locator('#f-title').count(), 0, 'no form inputs for the reviewer')
    await shot(page, '08-review-document')
  })

  await step('reviewer approves and publishes now', async () => {
    const page = reviewer.page
    await page.locator('[data-testid="approve"]').click()
    const box = page.locator('.el-message-box')
    await box.locator('textarea').fill('内容准确，同意发布')
    await box.getByRole('button', { name: '通过' }).click()
    await statusTag(page, '审核通过')
    // The audio item and the poster still wait: the reviewer is offered the next one.
    await page.locator('[data-testid="next-review"]').waitFor()
    await page.locator('[data-testid="publish"]').click()
    await page.locator('[data-testid="publish-confirm"]').click()
    await statusTag(page, '已发布')
    await page.getByRole('tab', { name: '流程记录' }).click()
    await page.locator('[data-testid="transitions"]').getByText('内容准确，同意发布').waitFor()
    await shot(page, '09-timeline')
    await page.getByRole('tab', { name: '手机预览' }).click()
    await page.locator('[data-testid="show-live"]').click()
    await page.getByText('小程序中的线上版本').waitFor()
    await shot(page, '10-live-preview')
  })

  await step(
    'reviewer approves the audio item and the poster together from the queue, then publishes each',
    async () => {
      const page = reviewer.page
      await go(page, '/review')
      for (const title of [audioTitle, posterTitle]) {
        await page
          .locator('[data-testid="review-table"] .el-table__row', { hasText: title })
          .locator('.el-checkbox')
          .click()
      }
      await page.locator('[data-testid="approve-selected"]').click()
      const box = page.locator('.el-message-box')
      await box.locator('textarea').fill('同意发布')
      await box.getByRole('button', { name: '全部通过' }).click()
      await message(page, '已通过 2 条')
      for (const title of [audioTitle, posterTitle]) {
        await page.locator('[data-testid="review-table"]').getByText(title).waitFor({ state: 'detached' })
      }
      for (const [slug, id] of [
        ['audio', audioId],
        ['poster', posterId],
      ]) {
        await go(page, `/contents/${slug}/${id}`)
        await statusTag(page, '审核通过')
        const approvals = page.locator('[data-testid="transitions"]')
        await page.getByRole('tab', { name: '流程记录' }).click()
        await approvals.getByText('同意发布').waitFor()
        await page.getByRole('tab', { name: '手机预览' }).click()
        await page.locator('[data-testid="publish"]').click()
        await page.locator('[data-testid="publish-confirm"]').click()
        await statusTag(page, '已发布')
      }
      await shot(page, '13-poster-published')
    },
  )

  await step(
    'keyboard only: an editor writes a 平语近人 poster with its image and submits it, a reviewer approves and publishes it',
    async () => {
      const kbTitle = `键盘发布的金句海报 ${stamp}`
      // The editor: from the menu to the list, a new poster, its image through the file dialog, Ctrl+S, submit.
      let page = editor.page
      await go(page, '/dashboard')
      await page.reload()
      await page.getByRole('menubar', { name: '主菜单' }).waitFor()
      await openFromMenu(page, '平语近人')
      await page.waitForURL(/#\/contents\/poster$/)
      await page.locator('[data-testid="content-table"] .el-table__row').first().waitFor()
      await shot(page, '28-keyboard-poster-list')
      await tabTo(page, 'button', { text: '新建海报' })
      assert.ok(await outlined(page), 'the focused button is outlined')
      await page.keyboard.press('Enter')
      await page.waitForURL(/#\/contents\/poster\/new$/)
      await tabTo(page, '#f-title')
      await page.keyboard.type(kbTitle)
      await tabTo(page, '[data-testid="media-upload-image"]')
      await chooseFileWithEnter(page, sampleMedia('poster-lvshui-qingshan.jpg'))
      await message(page, '图片上传成功')
      await tabTo(page, '#f-quote')
      await page.keyboard.type('人民对美好生活的向往，就是我们的奋斗目标。')
      await tabTo(page, '#f-source')
      await page.keyboard.type('习近平在十八届中央政治局常委同中外记者见面时的讲话（2012年）')
      await shot(page, '28-keyboard-poster-new')
      await page.keyboard.press('Control+S')
      await page.waitForURL(/#\/contents\/poster\/\d+$/)
      await page.locator('[data-testid="saved"]').waitFor()
      const kbId = Number(page.url().match(/(\d+)$/)[1])
      await tabTo(page, '[data-testid="submit"]')
      assert.ok(await outlined(page), 'the focused submit button is outlined')
      await page.keyboard.press('Enter')
      await message(page, '已提交审核')
      await statusTag(page, '待审核')

      // The reviewer: from the menu to the queue, the item, approve with a comment, publish (Esc closes the dialog).
      page = reviewer.page
      await go(page, '/dashboard')
      await page.reload()
      await page.getByRole('menubar', { name: '主菜单' }).waitFor()
      await openFromMenu(page, '审核队列')
      await page.waitForURL(/#\/review$/)
      await page.locator('[data-testid="review-table"]').getByText(kbTitle).waitFor()
      await tabTo(page, '[data-testid="review-table"] a', { text: kbTitle })
      await page.keyboard.press('Enter')
      await page.waitForURL(new RegExp(`#/contents/poster/${kbId}$`))
      await statusTag(page, '待审核')
      await tabTo(page, '[data-testid="approve"]')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.matches('.el-message-box textarea'))
      await page.keyboard.type('键盘审核：内容准确，同意发布')
      await tabTo(page, '.el-message-box button', { text: '通过' })
      await page.keyboard.press('Enter')
      await statusTag(page, '审核通过')
      await tabTo(page, '[data-testid="publish"]')
      await page.keyboard.press('Enter')
      const dialog = page.locator('.el-dialog', { hasText: '发布方式' })
      await page.waitForFunction(() =>
        document.activeElement?.closest('.el-dialog__body')?.textContent.includes('发布方式'),
      )
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      await tabTo(page, '[data-testid="publish"]')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() =>
        document.activeElement?.closest('.el-dialog__body')?.textContent.includes('发布方式'),
      )
      await tabTo(page, '[data-testid="publish-confirm"]')
      await page.keyboard.press('Enter')
      await statusTag(page, '已发布')

      const published = await reviewer.context.request.get(`${base}/api/mini/v1/contents/${kbId}`)
      assert.equal(published.status(), 200)
      const poster = await published.json()
      assert.equal(poster.title, kbTitle)
      assert.ok(poster.imageUrl, 'the poster is published with its image')
    },
  )

  // ---- Editor: 我的登录设备 in the header
  await step('editor sees both devices signed in, 本机 marked, and signs the other one out', async () => {
    // An editor of their own, so that no session of another step is listed.
    const devicesName = `e2e-devices-${stamp}`
    const tree = (await api(admin.page, 'GET', '/org-units')).body
    const created = await api(admin.page, 'POST', '/users', {
      username: devicesName,
      displayName: '八仙筒镇编辑',
      orgUnitId: findUnit(tree, 'baxiantong-zhen').id,
      roles: ['EDITOR'],
      password: userPassword,
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const first = await signIn(devicesName, userPassword)
    const second = await signIn(devicesName, userPassword)
    const page = first.page
    await page.locator('[data-testid="my-sessions"]').click()
    const rows = page.locator('[data-testid="sessions-table"] .el-table__body .el-table__row')
    await rows.nth(1).waitFor()
    assert.equal(await rows.count(), 2)
    assert.equal(await rows.filter({ hasText: '本机' }).count(), 1, 'one row is this browser')
    await shot(page, '07-sessions')
    await page.locator('[data-testid="end-session"]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '退出该设备' }).click()
    await message(page, '该设备已退出登录')
    await rows.nth(1).waitFor({ state: 'detached' })
    await page.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click()
    await page.locator('[data-testid="sessions-table"]').waitFor({ state: 'hidden' })
    expectedStatus = 401
    assert.equal((await api(second.page, 'GET', '/auth/me')).status, 401, 'the other device is signed out')
    await second.page.reload()
    await second.page.locator('#login-username').waitFor()
    expectedStatus = null
    await second.context.close()
    await first.context.close()
  })

  await step('the published items are in the mini-program API, with their audio and image', async () => {
    const detail = async (id) => {
      const response = await reviewer.context.request.get(`${base}/api/mini/v1/contents/${id}`)
      assert.equal(response.status(), 200)
      return response.json()
    }
    const project = await detail(projectId)
    assert.equal(project.title, projectTitle)
    assert.equal(project.volunteerTeam, '八仙筒镇“爱理发”志愿服务队')
    const audio = await detail(audioId)
    assert.equal(audio.title, audioTitle)
    assert.ok(audio.durationSeconds > 0)
    const recording = await reviewer.context.request.get(new URL(audio.mediaUrl, base).href)
    assert.equal(recording.headers()['content-type'], 'audio/mpeg')
    const poster = await detail(posterId)
    assert.equal(poster.quote, '绿水青山就是金山银山。')
    const image = await reviewer.context.request.get(new URL(poster.imageUrl, base).href)
    assert.equal(image.headers()['content-type'], 'image/jpeg')
  })

  // ---- Another township's editor
  const other = await signIn(otherName, userPassword)
  await step('an editor of 青龙掌镇 cannot see the item', async () => {
    const page = other.page
    await go(page, '/contents/brand')
    await page.locator('[data-testid="content-table"] .el-table__row').first().waitFor()
    assert.equal(await page.getByText(projectTitle).count(), 0)
    for (const id of [projectId, audioId, posterId]) {
      const direct = await other.context.request.get(`${base}/api/admin/v1/contents/${id}`)
      assert.equal(direct.status(), 404)
    }
    await shot(page, '11-other-township-list')
  })

  await step(
    'an editor changes their own password from the header; a wrong current one is told beside its field',
    async () => {
      const page = other.page
      const newPassword = 'e2e-new-password-456'
      await page.locator('[data-testid="change-password"]').click()
      const dialog = page.locator('[data-testid="password-dialog"]')
      await page.locator('#pw-current').fill('not-my-password')
      await page.locator('#pw-new').fill(newPassword)
      await page.locator('#pw-confirm').fill(newPassword)
      expectedStatus = 400
      await page.locator('[data-testid="save-password"]').click()
      await dialog.locator('.el-form-item__error').getByText('当前密码不正确').waitFor()
      expectedStatus = null
      await shot(page, '11-password')
      await page.locator('#pw-current').fill(userPassword)
      await dialog.locator('.el-form-item__error').waitFor({ state: 'detached' })
      await page.locator('[data-testid="save-password"]').click()
      await message(page, '密码已修改')
      await dialog.waitFor({ state: 'hidden' })
      await go(page, '/contents/brand')
      await page.locator('[data-testid="content-table"]').waitFor()
      const again = await signIn(otherName, newPassword)
      await again.context.close()
    },
  )

  // ---- The remaining main screens, as the administrator
  await step('administrator screens: lists, festivals, org units, review levels, audit log', async () => {
    const page = admin.page
    await go(page, '/contents/brand')
    await page.locator('[data-testid="content-table"]').getByText(projectTitle).waitFor()
    await shot(page, '12-brand-list')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').click(),
    ])
    const exported = await readFile(await download.path(), 'utf8')
    assert.ok(
      exported.startsWith('\ufeff编号,标题,类型,状态,单位') && exported.includes(projectTitle),
      'the exported CSV holds the list',
    )
    await go(page, '/contents/audio?status=PUBLISHED')
    await page.locator('[data-testid="content-table"]').getByText(audioTitle).waitFor()
    await shot(page, '13-audio-published')
    await go(page, '/contents/festival')
    await page.locator('[data-testid="content-table"] .el-table__row').first().waitFor()
    await shot(page, '13-festival-list')
    await go(page, '/festivals')
    await page.locator('[data-testid="calendar"] .cell.festival').first().waitFor()
    await shot(page, '14-festivals')
    // 新建活动 from next year's calendar starts on next year's 端午, and the picker says that year.
    const nextYear = new Date().getFullYear() + 1
    await page.getByRole('button', { name: '下一年' }).click()
    await page.locator('.list h2').getByText(`${nextYear} 年节日`).waitFor()
    await page.waitForFunction(
      (year) => document.querySelector('#festival-DUANWU .festival-head span')?.textContent.startsWith(`${year}年`),
      nextYear,
    )
    const duanwuDate = (await page.locator('#festival-DUANWU .festival-head span').first().textContent()).trim()
    await page.locator('[data-testid="new-item-DUANWU"]').click()
    await page.waitForURL(new RegExp(`year=${nextYear}`))
    await page.waitForFunction((date) => document.querySelector('#f-activity-time')?.value.startsWith(date), duanwuDate)
    // The festival picker names the item's year.
    await page.waitForFunction(
      (label) => document.querySelector('#f-festival')?.closest('.el-select')?.textContent.includes(label),
      `端午节（${nextYear}年`,
    )
    await shot(page, '14-festival-next-year')
    await go(page, '/system/org-units')
    await page.locator('[data-testid="org-tree"]').getByText('八仙筒镇').click()
    await page.locator('.el-descriptions').getByText('baxiantong-zhen').waitFor()
    await shot(page, '15-org-units')
    await go(page, '/system/review-levels')
    await page.locator('[data-testid="review-levels"]').waitFor()
    await shot(page, '16-review-levels')
    await go(page, '/system/audit-log')
    await page.locator('[data-testid="audit-table"]').getByText('审核通过').first().waitFor()
    await shot(page, '17-audit-log')
  })

  // ---- Lists: batch actions, sorting, column settings, exports read back, audit rows that open their object
  const batchTitles = ['A', 'B'].map((letter) => `端到端批量提交 ${letter} ${stamp}`)
  const batchList = `/contents/poster?keyword=${encodeURIComponent(`端到端批量提交`)}`

  await step(
    'editor selects two drafts in the poster list and submits both at once, sorts by title and hides a column',
    async () => {
      const page = editor.page
      const poster = (await api(page, 'GET', `/contents/${posterId}`)).body
      for (const title of batchTitles) {
        const created = await api(page, 'POST', '/contents', {
          kind: 'POSTER',
          title,
          orgUnitId: poster.orgUnitId,
          language: 'zh',
          tags: [],
          imageKey: poster.imageKey,
          quote: poster.quote,
          quoteSource: poster.quoteSource,
        })
        assert.equal(created.status, 201, JSON.stringify(created.body))
      }
      await go(page, batchList)
      const table = page.locator('[data-testid="content-table"]')
      const row = (title) => table.locator('.el-table__row', { hasText: title })
      for (const title of batchTitles) {
        await row(title).getByText('草稿').waitFor()
        await row(title).locator('.el-checkbox').click()
      }
      await page.locator('[data-testid="batch-submit"]').click()
      await message(page, '已提交 2 条')
      for (const title of batchTitles) {
        await row(title).getByText('待审核').waitFor()
      }
      await row(batchTitles[0]).getByText('八仙筒镇编辑').waitFor()
      await row(batchTitles[0]).locator('img.thumb').waitFor()

      // Sorting asks the server and keeps the order in the address.
      const firstTitle = () => table.locator('.el-table__row').first().locator('.title-link').textContent()
      await table.locator('th', { hasText: '标题' }).locator('.sort-caret.descending').click()
      await page.waitForURL(/sort=title(,|%2C)desc/)
      await page.waitForFunction(
        (title) =>
          document.querySelector('[data-testid="content-table"] .el-table__row .title-link')?.textContent === title,
        batchTitles[1],
      )
      await table.locator('th', { hasText: '标题' }).locator('.sort-caret.ascending').click()
      await page.waitForURL(/sort=title(,|%2C)asc/)
      await page.waitForFunction(
        (title) =>
          document.querySelector('[data-testid="content-table"] .el-table__row .title-link')?.textContent === title,
        batchTitles[0],
      )
      assert.equal(await firstTitle(), batchTitles[0])

      // A hidden column stays hidden after a reload (remembered in the browser), and comes back when chosen.
      await page.locator('[data-testid="column-settings"]').click()
      await page.locator('[data-testid="column-author"]').click()
      await table.locator('th', { hasText: '作者' }).waitFor({ state: 'detached' })
      await page.reload()
      await row(batchTitles[0]).waitFor()
      assert.equal(await table.locator('th', { hasText: '作者' }).count(), 0, 'the hidden column stays hidden')
      await shot(page, '17-content-list-columns')
      await page.locator('[data-testid="column-settings"]').click()
      await page.locator('[data-testid="column-author"]').click()
      await table.locator('th', { hasText: '作者' }).waitFor()
    },
  )

  await step(
    'administrator downloads the content, audit and users exports and reads them back; an audit row opens its item',
    async () => {
      const page = admin.page
      const download = async (testid) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.locator(`[data-testid="${testid}"]`).click(),
        ])
        return readFile(await file.path(), 'utf8')
      }

      await go(page, batchList)
      await page.locator('[data-testid="content-table"]').getByText(batchTitles[0]).waitFor()
      const contents = await download('export-csv')
      assert.ok(
        contents.startsWith('\ufeff编号,标题,类型,状态,单位,作者,'),
        'the content export starts with its header',
      )
      assert.ok(
        contents.includes(`"${batchTitles[0]}","平语近人","待审核","八仙筒镇","八仙筒镇编辑"`),
        'the content export holds the item with its author',
      )
      assert.ok(!contents.includes(posterTitle), 'the content export keeps the list filter')

      await go(page, `/system/audit-log?targetType=CONTENT&targetId=${posterId}`)
      const audit = page.locator('[data-testid="audit-table"]')
      await audit.getByText('八仙筒镇编辑').first().waitFor()
      const log = await download('audit-export-csv')
      assert.ok(
        log.startsWith('\ufeff时间,操作人,账号,操作,对象类型,对象编号,对象名称'),
        'the audit export starts with its header',
      )
      assert.ok(
        log.includes(`"八仙筒镇编辑","${editorName}","新建内容","内容","${posterId}","${posterTitle}"`),
        'the audit export names the person and the item',
      )
      await shot(page, '17-audit-log-names')
      await audit.locator('[data-testid="audit-target-link"]').first().click()
      await page.waitForURL(new RegExp(`#/contents/poster/${posterId}$`))
      await statusTag(page, '已发布')

      await go(page, `/system/users?keyword=${editorName}`)
      await page.locator('[data-testid="users-table"]').getByText(editorName).waitFor()
      const people = await download('users-export-csv')
      assert.ok(
        people.startsWith('\ufeff用户名,姓名,单位,角色,状态,最近登录'),
        'the users export starts with its header',
      )
      assert.ok(
        people.includes(`"${editorName}","八仙筒镇编辑","八仙筒镇","编辑","正常"`),
        'the users export holds the editor',
      )
      assert.ok(!people.includes(reviewerName), 'the users export keeps the screen filter')
    },
  )

  await step('administrator sets up a village station with its key and a schedule playing the new audio', async () => {
    const page = admin.page
    const stationCode = `e2e-${stamp}`
    await go(page, '/stations')
    await page.locator('[data-testid="stations-table"]').waitFor()
    await page.locator('[data-testid="new-station"]').click()
    await page.locator('#st-code').fill(stationCode)
    await page.locator('#st-name').fill('向阳村端到端测试广播站')
    await page.locator('#st-unit').click()
    await page.locator('#st-unit').fill('向阳')
    await page.locator('.el-tree-select__popper:visible').getByText('向阳村', { exact: true }).click()
    await page.locator('[data-testid="save-station"]').click()
    await page.locator('[data-testid="station-key-dialog"]').waitFor()
    const stationKey = (await page.locator('#station-key').inputValue()).trim()
    assert.ok(stationKey.length >= 20, 'the key is shown once')
    const m3u = await admin.context.request.get(await page.locator('#station-url-m3u').inputValue(), {
      headers: { 'X-Station-Key': stationKey },
    })
    assert.match(await m3u.text(), /^#EXTM3U/, 'the M3U address in the dialog works with the key in its header')
    const m3uWithKey = await admin.context.request.get(await page.locator('#station-url-m3u-with-key').inputValue())
    assert.match(await m3uWithKey.text(), /^#EXTM3U/, 'the fallback M3U address works as it is')
    await shot(page, '22-station-key')
    await page.locator('[data-testid="close-station-key"]').click()
    await page.locator('[data-testid="station-key-dialog"]').waitFor({ state: 'hidden' })
    await page.locator('[data-testid="stations-table"]').getByText('向阳村端到端测试广播站').waitFor()
    await shot(page, '23-stations')

    await go(page, '/stations?tab=schedules')
    await page.locator('[data-testid="new-schedule"]').click()
    await page.locator('#sch-name').fill(`端到端测试播出计划 ${stamp}`)
    await page.locator('#sch-target-unit').click()
    await page.locator('#sch-target-unit').fill('八仙筒')
    await page.locator('.el-tree-select__popper:visible').getByText('八仙筒镇', { exact: true }).click()
    await page.locator('#slot-audio-0').click()
    await page.locator('#slot-audio-0').fill('端到端测试广播')
    await page.locator('.el-select-dropdown__item:visible', { hasText: audioTitle }).click()
    await page.locator('[data-testid="playlist-item"]', { hasText: audioTitle }).waitFor()
    // A second programme, then dragged to the top of the slot.
    await page.locator('#slot-audio-0').click()
    await page.locator('#slot-audio-0').fill('草原书屋')
    await page.locator('.el-select-dropdown__item:visible', { hasText: '草原书屋添新书' }).click()
    const rows = page.locator('[data-testid="playlist-item"]')
    await rows.nth(1).getByText('草原书屋添新书').waitFor()
    await rows.nth(1).dragTo(rows.nth(0))
    await rows.nth(0).getByText('草原书屋添新书').waitFor()
    await rows.nth(1).getByText(audioTitle).waitFor()
    await page.locator('#sch-name').click()
    await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden' })
    await shot(page, '24-schedule-editor')
    await page.locator('[data-testid="save-schedule"]').click()
    await message(page, '已保存播出计划')
    await page.locator('[data-testid="schedules-table"]').getByText(`端到端测试播出计划 ${stamp}`).waitFor()
    // Photographed once the dialog has faded out: axe-core reads a half-faded dialog's text as too pale.
    await page.locator('[data-testid="schedule-dialog"]').waitFor({ state: 'hidden' })
    await shot(page, '25-schedules')

    // The station, with the key it was given, now finds the audio in today's playlist and reports playing it.
    // Stations get an item once its broadcast rendition is made in the background (levelled MP3), so poll.
    let today
    let order = ''
    for (let tries = 0; tries < 180 && !(order.includes('草原书屋添新书') && order.includes(audioTitle)); tries++) {
      if (tries) await page.waitForTimeout(1000)
      const playlist = await admin.context.request.get(`${base}/api/station/v1/playlist`, {
        headers: { 'X-Station-Key': stationKey },
      })
      assert.equal(playlist.status(), 200)
      today = await playlist.json()
      order = JSON.stringify(today)
    }
    assert.ok(
      order.indexOf('草原书屋添新书') >= 0 && order.indexOf('草原书屋添新书') < order.indexOf(audioTitle),
      'the station plays both programmes in the dragged order',
    )
    const receipt = await admin.context.request.post(`${base}/api/station/v1/receipts`, {
      headers: { 'X-Station-Key': stationKey },
      data: {
        receipts: [
          {
            id: `e2e-${stamp}`,
            contentId: audioId,
            slotTime: '07:00',
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
            result: 'COMPLETED',
          },
        ],
      },
    })
    assert.equal(receipt.status(), 200, await receipt.text())
    await go(page, '/stations?tab=ledger')
    await page.locator('[data-testid="ledger-table"]').getByText(audioTitle).waitFor()
    await page.locator('[data-testid="ledger-table"] .el-loading-mask').waitFor({ state: 'hidden' })
    const csv = await admin.context.request.get(
      new URL(await page.locator('a[data-testid="ledger-export-csv"]').getAttribute('href'), base).href,
    )
    assert.equal(csv.status(), 200)
    assert.ok((await csv.text()).includes(audioTitle), 'the CSV export holds the play')
    await shot(page, '26-ledger')

    // An urgent insert (插播) for the township replaces the regular programme at once.
    const urgentTitle = `防汛紧急通知 ${stamp}`
    await go(page, '/stations?tab=urgent')
    await page.locator('[data-testid="new-urgent"]').click()
    await page.locator('#urg-title').fill(urgentTitle)
    await page.locator('#urg-target-unit').click()
    await page.locator('#urg-target-unit').fill('八仙筒')
    await page.locator('.el-tree-select__popper:visible').getByText('八仙筒镇', { exact: true }).click()
    await page.locator('#urg-audio').click()
    await page.locator('#urg-audio').fill('端到端测试广播')
    await page.locator('.el-select-dropdown__item:visible', { hasText: audioTitle }).click()
    await page.locator('[data-testid="urgent-dialog"] [data-testid="playlist-item"]', { hasText: audioTitle }).waitFor()
    await page.locator('[data-testid="save-urgent"]').click()
    await message(page, '已安排紧急插播')
    await page.locator('[data-testid="urgent-table"]').getByText(urgentTitle).waitFor()
    await page.locator('[data-testid="urgent-dialog"]').waitFor({ state: 'hidden' })
    await page.locator('[data-testid="urgent-table"] .el-tag', { hasText: '插播中' }).waitFor()
    await shot(page, '27-urgent')
    const during = await (
      await admin.context.request.get(`${base}/api/station/v1/playlist`, { headers: { 'X-Station-Key': stationKey } })
    ).json()
    assert.ok(
      during.slots.some((slot) => slot.urgent && slot.urgentTitle === urgentTitle),
      'the station plays the urgent insert',
    )
  })

  await step(
    'administrator sees resident submissions, rebuilds the search index and follows its progress to the end',
    async () => {
      const page = admin.page
      await go(page, '/submissions')
      await page.locator('[data-testid="submissions-table"]').waitFor()
      await page.locator('[data-testid="submissions-table"]').getByText('没有待审核的投稿').waitFor()
      await page.locator('[data-testid="submissions-table"] .el-loading-mask').waitFor({ state: 'hidden' })
      await shot(page, '20-submissions')
      await go(page, '/system/search')
      await page.locator('[data-testid="search-status"]').waitFor()
      await page.locator('[data-testid="reindex-start"]').click()
      await page.locator('.el-message-box').getByRole('button', { name: '开始重建' }).click()
      await page.locator('[data-testid="reindex-state"][data-phase="done"]').waitFor({ timeout: 60000 })
      await shot(page, '21-search-index')
      const search = await admin.context.request.get(`${base}/api/mini/v1/search?q=${encodeURIComponent(posterTitle)}`)
      assert.equal(search.status(), 200)
      assert.ok(JSON.stringify(await search.json()).includes(posterTitle), 'the rebuilt index finds the new poster')
    },
  )

  await step('at 1024 px and at 150 % zoom (1366 px shown 911 px wide) no main screen scrolls sideways', async () => {
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 911, height: 512 },
    ]) {
      const narrow = await signIn('admin', adminPassword, viewport)
      for (const hash of [
        '/dashboard',
        '/contents/brand',
        '/contents/poster/new',
        '/review',
        '/festivals',
        '/system/audit-log',
        '/system/users',
      ]) {
        await go(narrow.page, hash)
        await narrow.page.locator('.page-header').first().waitFor()
        await narrow.page.waitForTimeout(500)
        const sideways = await narrow.page.evaluate(() =>
          [document.scrollingElement, document.querySelector('.main')].some(
            (el) => el && el.scrollWidth > el.clientWidth + 1,
          ),
        )
        assert.equal(sideways, false, `${hash} scrolls sideways at ${viewport.width} px`)
      }
      await narrow.context.close()
    }
  })

  await step('dashboard on a 1920×1080 screen', async () => {
    const wide = await signIn('admin', adminPassword, { width: 1920, height: 1080 })
    await wide.page.locator('[data-testid="trend-chart"] canvas').waitFor()
    await wide.page.locator('[data-testid="station-health"]').getByText('共 1 个广播站').waitFor()
    await wide.page.waitForTimeout(800)
    await shot(wide.page, '19-dashboard-1920')
  })
} finally {
  await browser.close()
}

if (consoleErrors.length) {
  console.error('Browser console errors:\n' + consoleErrors.join('\n'))
  process.exit(1)
}
if (accessibilityProblems.length) {
  console.error(
    `${accessibilityProblems.length} serious or critical accessibility problems (axe-core):\n` +
      accessibilityProblems.join('\n'),
  )
  process.exit(1)
}
const unchecked = MAIN_SCREENS.filter((screen) => !checkedScreens.has(screen))
assert.equal(unchecked.length, 0, 'axe-core checked every main screen: ' + unchecked.join(', '))
console.log(`axe-core: no serious or critical problems on ${checkedScreens.size} screens`)
console.log('End-to-end journey passed; screenshots in ' + screens)
