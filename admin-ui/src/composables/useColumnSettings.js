import { computed, ref, watch } from 'vue'

const STORAGE_PREFIX = 'wenming:columns:'

/**
 * Which optional columns of a list are shown, remembered in the browser per list (`listKey`). `optional` is
 * [{key, label}]; every one is shown until hidden. What is stored is the hidden keys, so a column added later
 * appears for everyone who had not hidden it.
 */
export function useColumnSettings(listKey, optional) {
  const storageKey = STORAGE_PREFIX + listKey
  const known = new Set(optional.map((c) => c.key))
  const hidden = ref(readHidden(storageKey).filter((key) => known.has(key)))

  watch(hidden, (keys) => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(keys))
    } catch {
      // A full or blocked storage only means the choice is not remembered.
    }
  })

  /** The keys of the optional columns shown, for a checkbox group bound with v-model. */
  const shown = computed({
    get: () => optional.map((c) => c.key).filter((key) => !hidden.value.includes(key)),
    set: (keys) => {
      hidden.value = optional.map((c) => c.key).filter((key) => !keys.includes(key))
    },
  })
  const isShown = (key) => !hidden.value.includes(key)

  return { shown, isShown }
}

function readHidden(storageKey) {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) || '[]')
    return Array.isArray(stored) ? stored.filter((key) => typeof key === 'string') : []
  } catch {
    return []
  }
}
