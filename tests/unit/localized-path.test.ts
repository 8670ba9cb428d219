import { describe, expect, it } from 'vitest'

import { getPathname } from '@/i18n/paths'
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

  it('drops the internal /ja route prefix a static page reports, so the switch never leads to /en/ja/…', () => {
    expect(localizedPath('/ja/privacy', 'en')).toBe('/en/privacy')
    expect(localizedPath('/ja/forgot-password', 'ja')).toBe('/forgot-password')
    expect(localizedPath('/ja', 'en')).toBe('/en')
    expect(localizedPath('/japan', 'en')).toBe('/en/japan')
  })
})

describe('getPathname (links and redirects, src/i18n/paths.ts)', () => {
  it('prefixes English paths and keeps the query and the fragment', () => {
    expect(getPathname({ href: '/case-studies', locale: 'ja' })).toBe('/case-studies')
    expect(getPathname({ href: '/case-studies', locale: 'en' })).toBe('/en/case-studies')
    expect(getPathname({ href: '/', locale: 'en' })).toBe('/en')
    expect(getPathname({ href: '/members?done=1#update-3', locale: 'en' })).toBe('/en/members?done=1#update-3')
  })

  it('encodes a query object, repeating arrays and leaving out empty values', () => {
    expect(
      getPathname({
        href: { pathname: '/members/directory', query: { q: '山田 太郎', industry: ['it', 'finance'], page: 2, empty: undefined } },
        locale: 'ja',
      }),
    ).toBe('/members/directory?q=%E5%B1%B1%E7%94%B0+%E5%A4%AA%E9%83%8E&industry=it&industry=finance&page=2')
    expect(getPathname({ href: { pathname: '/login', query: {} }, locale: 'en' })).toBe('/en/login')
  })
})
