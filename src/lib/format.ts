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
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(value))

/**
 * "2026年12月5日(土) 18:30–20:30 JST": one date with a time range when the event starts and ends
 * on the same day, two full timestamps otherwise. Composed from parts because ICU's own range
 * format switches Japanese dates to "2026/12/5".
 */
export const formatEventRange = (start: string, end: string, locale: Locale, timeZone = 'Asia/Tokyo') => {
  const loc = intlLocale(locale)
  const day = new Intl.DateTimeFormat(loc, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone })
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
  const [from, to] = [new Date(start), new Date(end)]
  const zone = new Intl.DateTimeFormat(loc, { timeZone, timeZoneName: 'short' })
    .formatToParts(from)
    .find((part) => part.type === 'timeZoneName')?.value
  const range =
    day.format(from) === day.format(to)
      ? `${day.format(from)} ${time.format(from)}–${time.format(to)}`
      : `${day.format(from)} ${time.format(from)} – ${day.format(to)} ${time.format(to)}`
  return zone ? `${range} ${zone}` : range
}
