import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useFieldErrors } from './useFieldErrors.js'

const poster = () => ref({ title: '金句海报', quote: '', quoteSource: '', tags: [] })

describe('useFieldErrors', () => {
  it('clears a field message when that field is fixed, and the form sentence with the last one', async () => {
    const form = poster()
    const { errors, formProblem, show } = useFieldErrors(form)
    show({ quote: '请填写金句', quoteSource: '请填写出处' }, '提交审核前请补全：金句、出处')
    expect(formProblem.value).toBe('提交审核前请补全：金句、出处')

    form.value.quote = '绿水青山就是金山银山。'
    await nextTick()
    expect(errors).toEqual({ quoteSource: '请填写出处' })
    expect(formProblem.value).toBe('提交审核前请补全：金句、出处')

    form.value.quoteSource = '习近平在浙江安吉考察时的讲话'
    await nextTick()
    expect(errors).toEqual({})
    expect(formProblem.value).toBe('')
  })

  it('keeps messages while other fields change, and notices changes inside lists', async () => {
    const form = poster()
    const { errors, show } = useFieldErrors(form)
    show({ tags: '标签最多 10 个' }, '提交的内容未通过校验')
    form.value.title = '新标题'
    await nextTick()
    expect(errors.tags).toBe('标签最多 10 个')
    form.value.tags.push('志愿服务')
    await nextTick()
    expect(errors.tags).toBeUndefined()
  })

  it('shows no sentence over the form when no field is named', () => {
    const { formProblem, show } = useFieldErrors(poster())
    show({}, '网络连接失败')
    expect(formProblem.value).toBe('')
  })
})
