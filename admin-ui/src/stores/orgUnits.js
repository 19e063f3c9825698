import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { orgUnitApi } from '../api/admin.js'

/** Depth-first list of the tree with each unit's depth and the names on its way from the root. */
export function flatten(nodes, depth = 0, trail = []) {
  const out = []
  for (const node of nodes || []) {
    const names = [...trail, node.name]
    out.push({ ...node, depth, fullName: names.join(' / ') })
    out.push(...flatten(node.children, depth + 1, names))
  }
  return out
}

/** The subtree rooted at the unit with this id, as a one-element forest (empty when absent). */
export function subtreeOf(nodes, id) {
  for (const node of nodes || []) {
    if (node.id === id) {
      return [node]
    }
    const found = subtreeOf(node.children, id)
    if (found.length) {
      return found
    }
  }
  return []
}

export const useOrgUnitStore = defineStore('orgUnits', () => {
  const tree = ref([])
  let loading = null

  const flat = computed(() => flatten(tree.value))
  const byId = computed(() => new Map(flat.value.map((u) => [u.id, u])))
  const nameOf = (id) => byId.value.get(id)?.name || ''

  function load(force = false) {
    if (!force && tree.value.length) {
      return Promise.resolve(tree.value)
    }
    if (!loading || force) {
      loading = orgUnitApi
        .tree()
        .then((t) => {
          tree.value = t
          return t
        })
        .finally(() => {
          loading = null
        })
    }
    return loading
  }

  /** The units a user may choose: their own unit and everything below it. */
  const scopedTree = (unitId) => subtreeOf(tree.value, unitId)

  return { tree, flat, byId, nameOf, load, scopedTree }
})
