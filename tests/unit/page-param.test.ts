/** `?page=` as list pages read it (src/i18n/params.ts): never a number the data layer would refuse. */
import { describe, expect, it } from 'vitest'

import { pageParam } from '@/i18n/params'
import { MAX_PAGE } from '@/security/badInput/fieldRules'

describe('pageParam', () => {
  it('reads a page number and falls back to 1 for anything that is not one', () => {
    expect(pageParam('3')).toBe(3)
    expect(pageParam(['2', '5'])).toBe(2)
    for (const value of [undefined, '', 'abc', '0', '-1', '1.5', 'NaN', 'Infinity', '%00']) expect(pageParam(value), value).toBe(1)
  })

  it('asks no further than the last page a query may ask for', () => {
    for (const value of ['999999999', '1e300', String(Number.MAX_SAFE_INTEGER)]) expect(pageParam(value), value).toBe(MAX_PAGE)
  })
})
