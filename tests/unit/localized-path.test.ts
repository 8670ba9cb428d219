import { describe, expect, it } from 'vitest'

import { localizedPath } from '@/i18n/routing'

describe('paths per language', () => {
  it('keeps Japanese paths bare and prefixes English ones with /en', () => {
    expect(localizedPath('/case-studies/a', 'ja')).toBe('/case-studies/a')
    expect(localizedPath('/case-studies/a', 'en')).toBe('/en/case-studies/a')
    expect(localizedPath('/', 'en')).toBe('/en')
  })

  it('switches an English path back to Japanese', () => {
    expect(localizedPath('/en/news/x', 'ja')).toBe('/news/x')
    expect(localizedPath('/en', 'ja')).toBe('/')
    expect(localizedPath('/english-page', 'ja')).toBe('/english-page')
  })
})
