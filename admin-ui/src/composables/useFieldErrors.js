import { reactive, ref, watch } from 'vue'

const valueText = (value) => JSON.stringify(value ?? null)

/**
 * A form's problems where they belong: each field's message beside the field, and one sentence over the form.
 * A field's message goes as soon as the editor changes that field; the sentence goes with the last of them.
 */
export function useFieldErrors(form) {
  const errors = reactive({})
  const formProblem = ref('')
  const valuesWhenShown = {}

  function clear() {
    for (const field of Object.keys(errors)) {
      delete errors[field]
      delete valuesWhenShown[field]
    }
    formProblem.value = ''
  }

  /** Shows `messages` ({ field: message }) beside their fields and `sentence` over the form. */
  function show(messages, sentence) {
    clear()
    for (const [field, message] of Object.entries(messages)) {
      errors[field] = message
      valuesWhenShown[field] = valueText(form.value?.[field])
    }
    formProblem.value = Object.keys(errors).length ? sentence : ''
  }

  watch(
    form,
    (current) => {
      const fields = Object.keys(errors)
      if (!fields.length) {
        return
      }
      for (const field of fields) {
        if (valueText(current?.[field]) !== valuesWhenShown[field]) {
          delete errors[field]
          delete valuesWhenShown[field]
        }
      }
      if (!Object.keys(errors).length) {
        formProblem.value = ''
      }
    },
    { deep: true },
  )

  return { errors, formProblem, show, clear }
}
