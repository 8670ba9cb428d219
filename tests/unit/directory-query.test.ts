/** The directory's URL parameters: parsed leniently, written back canonically (shareable links). */
import { describe, expect, it } from 'vitest'

import { directoryParams, effectiveSort, isFiltered, parseDirectoryQuery } from '@/search/directoryQuery'

describe('parseDirectoryQuery', () => {
  it('reads every filter', () => {
    expect(
      parseDirectoryQuery({
        q: ' 佐藤 ',
        industry: 'it',
        joinedFrom: '2010',
        joinedTo: '2015',
        department: 'デザイン本部',
        openTo: ['mentoring', 'business'],
        location: '東京',
        sort: 'newest',
        page: '3',
      }),
    ).toEqual({
      q: '佐藤',
      industry: 'it',
      joinedFrom: 2010,
      joinedTo: 2015,
      department: 'デザイン本部',
      // In the options' own order.
      openTo: ['business', 'mentoring'],
      location: '東京',
      sort: 'newest',
      page: 3,
    })
  })

  it('drops what it does not understand instead of failing', () => {
    expect(
      parseDirectoryQuery({ industry: 'mining', openTo: ['x', 'mentoring'], sort: 'random', page: '-2', joinedFrom: '20x0', joinedTo: '1800' }),
    ).toMatchObject({ industry: null, openTo: ['mentoring'], sort: null, page: 1, joinedFrom: null, joinedTo: null })
    expect(parseDirectoryQuery({ page: '1.5' }).page).toBe(1)
    expect(parseDirectoryQuery({ q: ['林', '森'] }).q).toBe('林')
  })

  it('swaps a reversed year range, caps long text and deep pages', () => {
    expect(parseDirectoryQuery({ joinedFrom: '2020', joinedTo: '2010' })).toMatchObject({ joinedFrom: 2010, joinedTo: 2020 })
    expect(Array.from(parseDirectoryQuery({ q: '佐'.repeat(500) }).q)).toHaveLength(100)
    expect(parseDirectoryQuery({ page: '999999' }).page).toBe(1000)
  })
})

describe('effectiveSort', () => {
  it('ranks by relevance when there is text, by kana reading otherwise', () => {
    expect(effectiveSort(parseDirectoryQuery({ q: '林' }))).toBe('relevance')
    expect(effectiveSort(parseDirectoryQuery({}))).toBe('kana')
    expect(effectiveSort(parseDirectoryQuery({ sort: 'relevance' }))).toBe('kana')
    // Only spaces and dots: nothing to be relevant to.
    expect(effectiveSort(parseDirectoryQuery({ q: '・ ' }))).toBe('kana')
    expect(effectiveSort(parseDirectoryQuery({ q: '林', sort: 'newest' }))).toBe('newest')
  })
})

describe('directoryParams', () => {
  it('round-trips, leaving defaults out', () => {
    const params = { q: '佐藤', industry: 'it', joinedFrom: '2010', openTo: ['business', 'mentoring'], sort: 'kana', page: '2' }
    expect(directoryParams(parseDirectoryQuery(params))).toEqual(params)
    expect(directoryParams(parseDirectoryQuery({}))).toEqual({})
  })

  it('changes one thing, e.g. the page', () => {
    const query = parseDirectoryQuery({ q: '林', page: '4' })
    expect(directoryParams(query, { page: 1 })).toEqual({ q: '林' })
    expect(directoryParams(query, { page: 5 })).toEqual({ q: '林', page: '5' })
  })
})

describe('isFiltered', () => {
  it('tells a narrowed search from the whole directory', () => {
    expect(isFiltered(parseDirectoryQuery({}))).toBe(false)
    expect(isFiltered(parseDirectoryQuery({ sort: 'newest', page: '2' }))).toBe(false)
    expect(isFiltered(parseDirectoryQuery({ openTo: 'investment' }))).toBe(true)
  })
})
