/**
 * The date line under a title: `2020年03月11日`, `2020/3/11`, `2020.3.11`, `2020-03-11` (ISO, also
 * with a time), `March 11, 2020`, `11 March 2020`, optionally with a weekday — `（水）`, `(Wed)` —
 * and a label: `公開日：` / `Published:` (the default meaning) or `取材日：` / `Interviewed:`.
 */

export type DateLine = {
  kind: 'published' | 'interview'
  /** Led by a label (`公開日：`, `取材日：`): a date wherever it stands. */
  labelled: boolean
  /** `YYYY-MM-DD` when the date exists on the calendar; null for a date-shaped line that does not. */
  date: string | null
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const LABEL = /^(公開日|掲載日|更新日|取材日|日付|published(?: on)?|posted(?: on)?|date|interview(?:ed)?(?: on)?)\s*[:：]?\s*/i
const WEEKDAY = /\s*[（(]\s*(?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[)）]$/i

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/, parts: (m) => [m[1], m[2], m[3]] },
  { re: /^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, parts: (m) => [m[1], m[2], m[3]] },
  { re: /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i, parts: (m) => [m[3], m[1], m[2]] },
  { re: /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i, parts: (m) => [m[3], m[2], m[1]] },
]

const monthNumber = (month: string): number => {
  if (/^\d+$/.test(month)) return Number(month)
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase())
  return index === -1 ? NaN : index + 1
}

/** `YYYY-MM-DD` if the parts name a real day (no 2月30日). */
const calendarDate = (year: string, month: string, day: string): string | null => {
  const y = Number(year)
  const m = monthNumber(month)
  const d = Number(day)
  const probe = new Date(Date.UTC(y, m - 1, d))
  if (!Number.isFinite(probe.getTime()) || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The line as a date line, or null when it is something else. */
export const parseDateLine = (line: string): DateLine | null => {
  const label = LABEL.exec(line)
  const kind = label && /取材|interview/i.test(label[1]) ? 'interview' : 'published'
  const rest = line.slice(label?.[0].length ?? 0).replace(WEEKDAY, '').trim()
  for (const { re, parts } of PATTERNS) {
    const match = re.exec(rest)
    if (match) return { kind, labelled: Boolean(label?.[0].trim()), date: calendarDate(...parts(match)) }
  }
  return null
}

/** Midnight in Tokyo (the site's time zone) of a `YYYY-MM-DD` day, as an ISO timestamp. */
export const tokyoMidnight = (date: string): string => new Date(`${date}T00:00:00+09:00`).toISOString()
