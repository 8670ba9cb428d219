/**
 * The demo network's past: 24 calendar months (Asia/Tokyo, like the dashboard) up to the day the
 * seed runs. Every generated date is computed from `today` (midnight in Tokyo) and a seeded PRNG,
 * so two runs on the same day write the same history.
 */
export const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const JST_OFFSET = 9 * HOUR

/** How far back the history goes. */
export const HISTORY_MONTHS = 24

export type Month = {
  /** 'YYYY-MM' in Tokyo. */
  key: string
  /** Months before the current one (0 = this month). */
  ago: number
  start: number
  /** The month's end, or today's midnight for the current month. */
  end: number
}

const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) - JST_OFFSET

/** The last HISTORY_MONTHS months, oldest first; the current month ends at `today`. */
export const historyMonths = (today: number): Month[] => {
  const tokyo = new Date(today + JST_OFFSET)
  const [year, month] = [tokyo.getUTCFullYear(), tokyo.getUTCMonth()]
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => {
    const ago = HISTORY_MONTHS - 1 - i
    const start = monthStart(year, month - ago)
    const d = new Date(start + JST_OFFSET)
    return {
      key: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      ago,
      start,
      end: Math.min(monthStart(year, month - ago + 1), today),
    }
  })
}

/** 'YYYY-MM' of a moment, in Tokyo. */
export const monthKey = (at: number): string => new Date(at + JST_OFFSET).toISOString().slice(0, 7)

/** The Tokyo calendar year of a moment. */
export const yearOf = (at: number): number => new Date(at + JST_OFFSET).getUTCFullYear()

/**
 * A moment inside `month` between 08:00 and 23:00 Tokyo time, never at or after `today`. On the
 * first day of a month the current month has no past yet: the moment falls on the day before.
 */
export const momentIn = (month: Month, random: () => number): number => {
  const start = month.end - month.start < DAY ? month.end - DAY : month.start
  const days = Math.max(1, Math.floor((month.end - start) / DAY))
  return start + Math.floor(random() * days) * DAY + (8 + Math.floor(random() * 15)) * HOUR + Math.floor(random() * 60) * 60_000
}

/** `at` plus `days` (fractional), never later than `limit`. */
export const later = (at: number, days: number, limit: number): number => Math.min(at + days * DAY, limit)

/** An item picked with weights. */
export const weighted = <T>(items: readonly T[], weight: (item: T, index: number) => number, random: () => number): T => {
  const weights = items.map(weight)
  let r = random() * weights.reduce((a, b) => a + b, 0)
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]
    if (r <= 0) return items[i]
  }
  return items[items.length - 1]
}

/** `count` distinct items, each picked with its weight. */
export const sample = <T>(items: readonly T[], count: number, weight: (item: T) => number, random: () => number): T[] => {
  const pool = [...items]
  const picked: T[] = []
  while (picked.length < count && pool.length) {
    const item = weighted(pool, weight, random)
    picked.push(item)
    pool.splice(pool.indexOf(item), 1)
  }
  return picked
}

export const iso = (at: number): string => new Date(at).toISOString()
