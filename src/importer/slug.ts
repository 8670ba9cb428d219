/**
 * Slugs for imported interviews. A slug is ASCII (see src/fields/slug.ts); Japanese titles give
 * none, so the CLI takes it from the file name and the admin view suggests one from the company
 * and the date, for the editor to change.
 */
import { SLUG_PATTERN } from '../fields/slug'

export const isValidSlug = (slug: string): boolean => SLUG_PATTERN.test(slug)

/** ASCII words of `text`, lowercased and joined by hyphens; '' when it has none. */
export const slugify = (text: string, maxLength = 60): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '')

/** `interviews/acme-2024.txt` → `acme-2024`. */
export const slugFromFileName = (fileName: string): string =>
  slugify(fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''))

/**
 * A slug to start from: the title's ASCII words when it is mostly ASCII (an English title), else
 * the company's slug and the date (`kazami-seiko-2020-03-11`), else `interview-<date>`.
 */
export const suggestSlug = ({
  title,
  companySlug,
  date,
}: {
  title: string
  companySlug?: string
  /** `YYYY-MM-DD` */
  date?: string
}): string => {
  const ascii = title.replace(/[^\x20-\x7e]/g, '')
  const fromTitle = ascii.length >= title.length * 0.8 ? slugify(title) : ''
  if (fromTitle.split('-').length >= 2) return fromTitle
  const day = date ?? new Date().toISOString().slice(0, 10)
  return companySlug ? `${companySlug}-${day}` : `interview-${day}`
}
