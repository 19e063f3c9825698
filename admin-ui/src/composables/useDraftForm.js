import { computed, ref, watch } from 'vue'
import { clearDraft, differs, loadDraft, saveDraft } from '../domain/drafts.js'

/**
 * A form with a saved baseline: `dirty` tells whether the editor changed anything since the last save,
 * and every change is copied to a local draft at once, so an ended session or a closed tab loses nothing.
 */
export function useDraftForm() {
  const form = ref(null)
  const baseline = ref(null)
  const key = ref(null)
  const baseVersion = ref(null)
  const restoredAt = ref(null)

  const dirty = computed(() => form.value !== null && baseline.value !== null && differs(form.value, baseline.value))

  watch(
    form,
    () => {
      if (!key.value || form.value === null) {
        return
      }
      if (dirty.value) {
        saveDraft(key.value, form.value, baseVersion.value)
      } else {
        clearDraft(key.value)
      }
    },
    { deep: true, flush: 'sync' },
  )

  /**
   * Starts editing `fields` (what the server has) under the draft `draftKey`. A local draft that differs
   * is put back into the form; `restoredAt` then says when it was written.
   */
  function start(draftKey, fields, version) {
    key.value = null
    baseline.value = clone(fields)
    baseVersion.value = version ?? null
    const draft = loadDraft(draftKey)
    if (draft && differs(draft.fields, fields) && draft.fields.kind === fields.kind) {
      form.value = { ...clone(fields), ...clone(draft.fields) }
      restoredAt.value = draft.savedAt
    } else {
      form.value = clone(fields)
      restoredAt.value = null
      clearDraft(draftKey)
    }
    key.value = draftKey
  }

  /** The server now has these fields (after a save or a workflow action). */
  function saved(fields, version, newKey) {
    if (key.value) {
      clearDraft(key.value)
    }
    if (newKey) {
      key.value = newKey
    }
    baseline.value = clone(fields)
    baseVersion.value = version ?? null
    form.value = clone(fields)
    restoredAt.value = null
  }

  /** Throws the local changes away and goes back to what the server has. */
  function discard() {
    if (key.value) {
      clearDraft(key.value)
    }
    form.value = clone(baseline.value)
    restoredAt.value = null
  }

  return { form, baseline, dirty, restoredAt, baseVersion, start, saved, discard }
}

function clone(value) {
  return value === null || value === undefined ? value : JSON.parse(JSON.stringify(value))
}
