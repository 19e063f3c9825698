import { ref } from 'vue'
import { ElMessageBox } from 'element-plus'
import { contentApi } from '../api/admin.js'
import { problemOf } from '../api/http.js'
import { requestBody } from '../domain/contentKinds.js'
import { savedMessage } from '../domain/workflow.js'
import { confirmed } from '../components/common/confirmed.js'
import { toast } from '../components/common/toast.js'

/**
 * What the editor's action bar does with an item: save, and the workflow steps (submit, withdraw, approve,
 * reject, publish, take offline), each with its question and the sentence that tells how it went. The editor
 * screen supplies what happens around them:
 * - `accept(result)`: the server's answer becomes the form's baseline;
 * - `checkRequired()`: false (with the problem shown) when even a draft cannot be saved;
 * - `showProblem(error)`, `clearErrors()`: the form's messages;
 * - `onCreated(result)`: a new item was saved for the first time;
 * - `onConflict()`: someone else saved the item meanwhile;
 * - `onDecided()`: a reviewer approved or rejected it.
 */
export function useContentActions({
  item,
  isNew,
  dirty,
  form,
  accept,
  checkRequired,
  showProblem,
  clearErrors,
  onCreated,
  onConflict,
  onDecided,
}) {
  const busy = ref(false)

  async function save({ quiet = false, version } = {}) {
    if (!checkRequired()) {
      return false
    }
    busy.value = true
    try {
      const before = item.value
      let result
      if (isNew.value && !before) {
        result = await contentApi.create(requestBody(form.value))
        await accept(result)
        await onCreated(result)
      } else {
        result = await contentApi.update(before.id, requestBody(form.value, version ?? before.version))
        await accept(result)
      }
      clearErrors()
      const message = savedMessage(before, result)
      if (!quiet || message !== '已保存') {
        toast.success(message)
      }
      return true
    } catch (e) {
      if (problemOf(e).code === 'VERSION_CONFLICT') {
        await onConflict()
      } else {
        showProblem(e)
      }
      return false
    } finally {
      busy.value = false
    }
  }

  async function act(action, body, success) {
    busy.value = true
    try {
      await accept(await contentApi.action(item.value.id, action, body))
      clearErrors()
      toast.success(success)
      return true
    } catch (e) {
      showProblem(e)
      await reloadItem()
      return false
    } finally {
      busy.value = false
    }
  }

  /** After a refused step the item may have moved on (someone else acted): show its state, unless edits would be lost. */
  async function reloadItem() {
    if (!item.value?.id || dirty.value) {
      return
    }
    try {
      await accept(await contentApi.get(item.value.id))
    } catch {
      // The problem was already shown; keep what is on screen.
    }
  }

  async function submit() {
    if (dirty.value && !(await save({ quiet: true }))) {
      return
    }
    await act('submit', undefined, '已提交审核')
  }

  async function withdraw() {
    if (item.value.pendingRevision) {
      if (await confirmed('撤回后这次修改不再审核，线上版本保持不变。确定撤回吗？', '撤回修改')) {
        await act('withdraw', undefined, '已撤回修改，线上版本未变')
      }
    } else if (await confirmed('撤回后内容回到草稿，可以继续修改。确定撤回吗？', '撤回提交')) {
      await act('withdraw', undefined, '已撤回为草稿')
    }
  }

  async function approve() {
    try {
      const { value } = await ElMessageBox.prompt('审核意见（可选）', '审核通过', {
        confirmButtonText: '通过',
        cancelButtonText: '取消',
        inputPlaceholder: '例如：内容准确，同意发布',
        inputType: 'textarea',
        inputValidator: (v) => !v || v.length <= 500 || '审核意见不能超过 500 字',
      })
      const success = item.value.pendingRevision ? '修改已审核通过' : '已审核通过'
      if (await act('approve', { reason: value?.trim() || null, version: item.value.version }, success)) {
        await onDecided()
      }
    } catch {
      // Cancelled.
    }
  }

  async function reject() {
    try {
      const { value } = await ElMessageBox.prompt('请填写退回原因，编辑会看到它并据此修改。', '退回修改', {
        confirmButtonText: '退回',
        cancelButtonText: '取消',
        inputType: 'textarea',
        inputPlaceholder: '退回原因（必填）',
        inputValidator: (v) => (v && v.trim() ? v.length <= 500 || '退回原因不能超过 500 字' : '请填写退回原因'),
      })
      const success = item.value.pendingRevision ? '已退回修改，线上版本未变' : '已退回'
      if (await act('reject', { reason: value.trim(), version: item.value.version }, success)) {
        await onDecided()
      }
    } catch {
      // Cancelled.
    }
  }

  /** `body`: { publishAt (null: now), offlineAt }; true once published or scheduled. */
  function publish(body) {
    return act('publish', body, body.publishAt ? '已设置定时发布' : '已发布')
  }

  async function takeOffline() {
    try {
      const { value } = await ElMessageBox.prompt('下线后群众将看不到该内容。下线原因（可选）：', '下线', {
        confirmButtonText: '下线',
        cancelButtonText: '取消',
        inputPlaceholder: '下线原因',
        type: 'warning',
      })
      await act('offline', { reason: value?.trim() || null }, '已下线')
    } catch {
      // Cancelled.
    }
  }

  return { busy, save, submit, withdraw, approve, reject, publish, takeOffline }
}
