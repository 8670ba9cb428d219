import type { TextFieldSingleValidation } from 'payload'
import { describe, expect, it } from 'vitest'

import { slugField } from '@/fields/slug'

/** Slugs are URL paths shared by every locale: lowercase ASCII words joined by single hyphens. */
describe('slugField', () => {
  const validate = (value: unknown) =>
    (slugField().validate as TextFieldSingleValidation)(value as string, {} as never)

  it('accepts lowercase words, digits and single hyphens', () => {
    for (const slug of ['a', 'interview', 'ayumi-design-2026', '2026', 'a1-b2-c3']) {
      expect(validate(slug), slug).toBe(true)
    }
  })

  it('refuses capitals, spaces, underscores, non-ASCII and other punctuation', () => {
    for (const slug of ['Interview', 'two words', 'snake_case', 'café', 'インタビュー', 'a.b', 'a/b', 'a?']) {
      expect(validate(slug), slug).toBe('Use lowercase letters, digits and single hyphens (e.g. my-article)')
    }
  })

  it('refuses leading, trailing and doubled hyphens', () => {
    for (const slug of ['-start', 'end-', 'double--hyphen', '-']) {
      expect(validate(slug), slug).not.toBe(true)
    }
  })

  it('refuses an empty or missing slug', () => {
    for (const value of ['', null, undefined, 12]) expect(validate(value)).not.toBe(true)
  })

  it('is required, unique and indexed, so the database enforces it too', () => {
    expect(slugField()).toMatchObject({ name: 'slug', required: true, unique: true, index: true })
  })
})
