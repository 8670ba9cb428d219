import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatEventRange } from '@/lib/format'

describe('dates for readers', () => {
  const start = '2026-12-05T09:30:00.000Z' // 18:30 in Tokyo
  const end = '2026-12-05T11:30:00.000Z'

  it('shows a Japanese date in Japan time', () => {
    expect(formatDate('2026-12-31T16:00:00.000Z', 'ja')).toBe('2027年1月1日')
    expect(formatDate('2026-12-31T16:00:00.000Z', 'en')).toBe('1 January 2027')
  })

  it('names the time zone with a date and time', () => {
    expect(formatDateTime(start, 'ja')).toMatch(/2026年12月5日 18:30 JST/)
    expect(formatDateTime(start, 'en', 'Europe/London')).toMatch(/5 Dec 2026, 09:30 GMT/)
  })

  it('shows an event on one day as one date with a time range', () => {
    const ja = formatEventRange(start, end, 'ja')
    expect(ja).toBe('2026年12月5日(土) 18:30–20:30 JST')
    expect(formatEventRange(start, end, 'en')).toBe('Sat, 5 December 2026 18:30–20:30 GMT+9')
  })

  it('shows both dates for an event over several days', () => {
    expect(formatEventRange(start, '2026-12-06T03:00:00.000Z', 'ja')).toBe('2026年12月5日(土) 18:30 – 2026年12月6日(日) 12:00 JST')
  })
})
