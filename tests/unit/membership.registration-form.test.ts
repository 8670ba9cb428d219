import { describe, expect, it } from 'vitest'

import { parseRegistration } from '../../src/join/form'

const answers = {
  name: ' 試験 花子 ',
  nameKana: 'しけん ハナコ',
  nameRomaji: '',
  email: ' Hanako@Example.TEST ',
  password: 'kawa-no-nagare-2026',
  joinedYear: '２０１４',
  leftYear: '2021',
  lastDepartment: 'デザイン本部',
  employeeNumber: ' tw-1407 ',
  currentOrganization: '',
  title: '',
  consent: 'on',
}

const now = new Date('2026-11-24T00:00:00Z')

describe('parseRegistration', () => {
  it('normalises a valid form: trimmed, lower-cased email, half-width years and numbers', () => {
    const result = parseRegistration(answers, now)
    expect(result).toEqual({
      ok: true,
      data: {
        name: '試験 花子',
        nameKana: 'しけん ハナコ',
        nameRomaji: undefined,
        email: 'hanako@example.test',
        password: 'kawa-no-nagare-2026',
        joinedYear: 2014,
        leftYear: 2021,
        lastDepartment: 'デザイン本部',
        employeeNumber: 'TW-1407',
        currentOrganization: undefined,
        title: undefined,
      },
    })
  })

  it('reports every problem next to its field', () => {
    const result = parseRegistration(
      { ...answers, name: '', nameKana: 'Hanako', email: 'hanako@', password: 'short', joinedYear: '14', leftYear: '2030', lastDepartment: '', consent: undefined },
      now,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: { key: 'required' },
      nameKana: { key: 'kana' },
      email: { key: 'email' },
      password: { key: 'passwordTooShort', values: { min: 10 } },
      joinedYear: { key: 'year', values: { min: 1950, max: 2026 } },
      leftYear: { key: 'year', values: { min: 1950, max: 2026 } },
      lastDepartment: { key: 'required' },
      consent: { key: 'consent' },
    })
  })

  it('wants the year of leaving no earlier than the year of joining', () => {
    const result = parseRegistration({ ...answers, joinedYear: '2020', leftYear: '2019' }, now)
    expect(result).toEqual({ ok: false, errors: { leftYear: { key: 'leftBeforeJoined' } } })
    expect(parseRegistration({ ...answers, joinedYear: '2020', leftYear: '2020' }, now).ok).toBe(true)
  })

  it('refuses the email as password and over-long answers', () => {
    const result = parseRegistration({ ...answers, password: 'hanako@example.test1', name: 'あ'.repeat(101) }, now)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.name).toEqual({ key: 'tooLong', values: { max: 100 } })
    expect(result.errors.password).toBeUndefined()
    const same = parseRegistration({ ...answers, password: 'HANAKO@example.test' }, now)
    expect(same.ok === false && same.errors.password).toEqual({ key: 'passwordIsEmail' })
  })
})
