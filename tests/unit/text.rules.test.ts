/**
 * The site's one set of text rules (src/text/rules.ts): where registration and the profile used
 * to disagree, both now follow the same rule.
 */
import { describe, expect, it } from 'vitest'

import { parseProfile, profileValues } from '../../src/account/profileInput'
import { parseRegistration } from '../../src/join/form'
import type { Alumnus } from '../../payload-types'
import { emailError, formText, isKana, normalizeLine, yearIn } from '../../src/text/rules'

describe('kana names', () => {
  it.each(['やまだ はなこ', 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞ ﾊﾅｺ', 'ジョン=スミス', 'スミス・ジョン', 'ローラ', 'か゛'])('accepts %s', (name) =>
    expect(isKana(normalizeLine(name)) && isKana(name)).toBe(true),
  )
  it.each(['Yamada', '山田', 'やまだ1'])('refuses %s', (name) => expect(isKana(normalizeLine(name))).toBe(false))
})

describe('email addresses', () => {
  it.each(['hanako@example.test', 'a.b+c@mail.example.co.jp'])('accepts %s', (email) => expect(emailError(email)).toBeUndefined())
  it.each([
    ['', 'required'],
    ['hanako@', 'email'],
    ['a..b@example.test', 'email'],
    ['hanako@localhost', 'email'],
    [`${'a'.repeat(250)}@example.test`, 'tooLong'],
  ])('refuses %s (%s)', (email, key) => expect(emailError(email)?.key).toBe(key))
})

describe('typed text', () => {
  it('normalizeLine: NFKC, no control characters, direction overrides or BOM, trimmed', () => {
    expect(normalizeLine(' ＴＷ－１２\u0000\u0085\u202E\uFEFF ')).toBe('TW-12')
    expect(normalizeLine(42)).toBe('')
  })
  it('formText keeps tabs and line breaks, drops the rest', () => {
    const form = new FormData()
    form.set('note', 'a\tb\r\nc\u0007\u009B\u2066d')
    expect(formText(form, 'note')).toBe('a\tb\r\ncd')
    expect(formText(form, 'missing')).toBe('')
  })
  it('yearIn: four digits within the bounds', () => {
    expect(yearIn('2001', 1950, 2026)).toBe(2001)
    expect(yearIn('1949', 1950, 2026)).toBeNull()
    expect(yearIn('20011', 1950, 2026)).toBeNull()
  })
})

describe('registration and profile agree', () => {
  const now = new Date()
  const registration = (fields: Record<string, string>) =>
    parseRegistration(
      {
        name: '試験 花子',
        nameKana: 'しけん はなこ',
        email: 'hanako@example.test',
        password: 'Tsunagari-2026-Hanako',
        joinedYear: '2010',
        leftYear: '2020',
        lastDepartment: '営業',
        consent: 'on',
        ...fields,
      },
      now,
    )
  const profile = (fields: Record<string, string>) =>
    parseProfile({ ...profileValues({ name: '試験 花子', nameKana: 'しけん はなこ' } as Alumnus), ...fields })
  const errorOf = (result: { ok: boolean; errors?: Record<string, { key: string } | undefined> }, field: string) =>
    result.ok ? undefined : result.errors?.[field]?.key

  it.each([
    ['nameKana', 'ｼｹﾝ ﾊﾅｺ', undefined],
    ['nameKana', 'Shiken', 'kana'],
    ['leftYear', '2005', 'leftBeforeJoined'],
    ['joinedYear', '1900', 'year'],
  ])('%s = %s', (field, value, key) => {
    expect(errorOf(registration({ [field]: value }), field)).toBe(key)
    expect(errorOf(profile({ joinedYear: '2010', leftYear: '2020', [field]: value }), field)).toBe(key)
  })

  it('an address Payload refuses is refused by both forms', () => {
    expect(errorOf(registration({ email: 'a..b@example.test' }), 'email')).toBe('email')
    expect(errorOf(profile({ contactEmail: 'a..b@example.test' }), 'contactEmail')).toBe('email')
  })
})
