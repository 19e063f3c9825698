import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * A list's filters as read from the address: `spec` names each filter with its type (String or Number, as
 * Vue props do); a missing or unreadable value is null. `page` and `size` are numbers with defaults.
 */
export function readQuery(spec, query, defaultSize = 20) {
  const values = {}
  for (const [key, type] of Object.entries(spec)) {
    const raw = query[key]
    if (raw === undefined || raw === null || raw === '') {
      values[key] = null
    } else if (type === Number) {
      values[key] = Number.isFinite(Number(raw)) ? Number(raw) : null
    } else {
      values[key] = String(raw)
    }
  }
  values.page = Number(query.page) >= 1 ? Math.floor(Number(query.page)) : 1
  values.size = Number(query.size) >= 1 ? Math.floor(Number(query.size)) : defaultSize
  return values
}

/** The address's query of these filters: empty filters and default paging are left out, so links stay short. */
export function toQuery(spec, values, defaultSize = 20) {
  const query = {}
  for (const key of Object.keys(spec)) {
    const value = typeof values[key] === 'string' ? values[key].trim() : values[key]
    if (value !== null && value !== undefined && value !== '') {
      query[key] = String(value)
    }
  }
  if (values.page > 1) {
    query.page = String(values.page)
  }
  if (values.size !== defaultSize) {
    query.size = String(values.size)
  }
  return query
}

/** The filters the API reads: the non-empty ones, text trimmed. */
export function filterParams(spec, values) {
  const params = {}
  for (const key of Object.keys(spec)) {
    const value = typeof values[key] === 'string' ? values[key].trim() : values[key]
    if (value !== null && value !== undefined && value !== '') {
      params[key] = value
    }
  }
  return params
}

/**
 * Page, size and filters of a list kept in the route's query, so a list survives reloads, shared links and
 * "back" from an item. `onChange(query)` runs at once and whenever the address changes while this route is
 * shown (a filter applied, a page turned, the browser's back), with the filters, page and size the API reads;
 * the form edits `filters` and calls apply() to search.
 */
export function useQueryPaging(spec, onChange, { size: defaultSize = 20 } = {}) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name
  const filters = reactive(readQuery(spec, route.query, defaultSize))

  const query = () => ({ ...filterParams(spec, filters), page: filters.page, size: filters.size })

  function push(values) {
    router.push({ query: toQuery(spec, values, defaultSize) })
  }

  watch(
    () => route.fullPath,
    () => {
      if (route.name === routeName) {
        Object.assign(filters, readQuery(spec, route.query, defaultSize))
        onChange(query())
      }
    },
    { immediate: true },
  )

  return {
    filters,
    /** The filters as the API reads them, without page and size (an export's). */
    params: () => filterParams(spec, filters),
    /** The filters with page and size, as the list's request reads them. */
    query,
    /** Searches with the filters as edited, from the first page. */
    apply: () => push({ ...filters, page: 1 }),
    goTo: (page) => push({ ...filters, page }),
    resize: (size) => push({ ...filters, page: 1, size }),
    reset: () => push({ ...Object.fromEntries(Object.keys(spec).map((k) => [k, null])), page: 1, size: filters.size }),
  }
}
