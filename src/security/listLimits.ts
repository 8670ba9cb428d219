import type { Field } from 'payload'

/**
 * Every list a document can hold has a most (docs/security.md, "List sizes"): arrays, blocks,
 * and fields of many values. Without one, a single request could store 10,000 skills, which
 * then fill the directory's index and every page that shows them. Our collections set their
 * own `maxRows` where the field is defined (a test walks the config for any that does not);
 * the lists of Payload's own collections and plugins get `DEFAULT_MAX_ROWS` here. A select of
 * many values needs none: Payload refuses a value twice, so its options bound it. Nor do the
 * lists only Payload writes, straight to the database and never from a request: an account's
 * sign-in sessions and a job's log (a most there would only make later edits of the document
 * fail validation).
 */
export const DEFAULT_MAX_ROWS = 100

/** Whether a field holds a list of rows or values that a `maxRows` bounds. */
export const isBoundedList = (field: Field): boolean =>
  field.type === 'array' ||
  field.type === 'blocks' ||
  ((field.type === 'text' || field.type === 'number' || field.type === 'relationship' || field.type === 'upload') &&
    Boolean(field.hasMany))

/** Top-level lists of a collection that only Payload writes. */
export const writtenByPayload = (slug: string, field: Field): boolean =>
  'name' in field && (field.name === 'sessions' || (slug === 'payload-jobs' && field.name === 'log'))

/** Gives every list among `fields` (nested in groups, tabs, rows, arrays and blocks) a `maxRows` if it has none. */
export const limitLists = (fields: Field[], slug?: string): void => {
  for (const field of fields) {
    if (slug && writtenByPayload(slug, field)) continue
    if (isBoundedList(field) && !('maxRows' in field && typeof field.maxRows === 'number')) {
      Object.assign(field, { maxRows: DEFAULT_MAX_ROWS })
    }
    if ('fields' in field && Array.isArray(field.fields)) limitLists(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) limitLists(tab.fields)
    if (field.type === 'blocks') for (const block of field.blocks) limitLists(block.fields)
  }
}
