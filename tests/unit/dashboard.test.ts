import { describe, expect, it } from 'vitest'

import { lastMonths } from '../../src/dashboard/metrics'
import { MIN_GROUP_SIZE, suppressCount, suppressRows } from '../../src/dashboard/suppress'

describe('the small-group rule', () => {
  it('hides 1 to 4, shows 0 and 5 or more', () => {
    expect(MIN_GROUP_SIZE).toBe(5)
    expect([0, 1, 4, 5, 120].map(suppressCount)).toEqual([0, null, null, 5, 120])
  })

  it('applies to every named series of every row and leaves keys and labels alone', () => {
    const rows = suppressRows(
      [
        { key: '2026-10', label: 'Oct', posted: 7, matched: 3 },
        { key: '2026-11', posted: 2, matched: 0 },
      ],
      ['posted', 'matched'] as const,
    )
    expect(rows).toEqual([
      { key: '2026-10', label: 'Oct', posted: 7, matched: null },
      { key: '2026-11', posted: null, matched: 0 },
    ])
  })
})

describe('the month window', () => {
  it('is the last twelve months in Asia/Tokyo, oldest first, across a year boundary', () => {
    // 2027-01-01 00:30 in Tokyo is still 2026-12-31 in UTC.
    const months = lastMonths(new Date('2026-12-31T15:30:00Z'))
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2026-02')
    expect(months[11]).toBe('2027-01')
  })
})
