import type { Locale } from '@/i18n/routing'

/**
 * Dates and times as readers expect them: Japanese or English wording, in the given time
 * zone (events carry their own; everything else is Japan time), with the zone named for
 * event times.
 */
const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB')

export const formatDate = (value: string | Date, locale: Locale, timeZone = 'Asia/Tokyo') =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(value))

export const formatDateTime = (value: string | Date, locale: Locale, timeZone = 'Asia/Tokyo') =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(value))

/** "2026年12月5日(土) 18:30–20:30 JST": one day with a start and end time, or two full timestamps. */
export const formatEventRange = (start: string, end: string, locale: Locale, timeZone = 'Asia/Tokyo') => {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
  return format.formatRange(new Date(start), new Date(end))
}

/** The machine-readable form for <time dateTime>. */
export const isoDate = (value: string | Date) => new Date(value).toISOString()
