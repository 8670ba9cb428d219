import { describe, expect, it } from 'vitest'

import { checkPassword } from '../../src/auth/password'

describe('checkPassword', () => {
  it.each([
    ['kawa-no-nagare-2026', 'hanako@example.test'],
    ['correct-horse-battery-staple', null],
    ['8472019563', null],
    ['縁は続く、辞めた後も', null],
    ['Alumni-Enishi-2026!', null],
  ])('accepts %j', (password, email) => {
    expect(checkPassword(password, email)).toBeNull()
  })

  it.each([
    ['short', null, 'tooShort'],
    ['ninechars', null, 'tooShort'],
    ['x'.repeat(257), null, 'tooLong'],
    ['hanako@example.test', 'Hanako@Example.test', 'isEmail'],
    ['hanako.sato', 'hanako.sato@example.test', 'isEmail'],
    ['password2026!', null, 'common'],
    ['Password1234', null, 'common'],
    ['P@ssw0rd!!!!', null, 'common'],
    ['!!iloveyou!!', null, 'common'],
    ['enishi20261124', null, 'common'],
    ['poiuytrewq', null, 'simple'],
    ['1234567890', null, 'simple'],
    ['9876543210', null, 'simple'],
    ['aaaaaaaaaaaa', null, 'simple'],
    ['abababababab', null, 'simple'],
  ])('refuses %j', (password, email, problem) => {
    expect(checkPassword(password, email)).toBe(problem)
  })
})
