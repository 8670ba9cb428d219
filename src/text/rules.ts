/**
 * The text rules of every form the site has — registration, profile, settings, the board, the
 * feed, feedback — and of the roster CSV: what is stripped from typed text, what a kana name,
 * an email address, a phone number, a link and a year are, and the errors a check returns.
 * One place, so a name accepted at registration is accepted on the profile, and an address the
 * form accepts is one Payload's own email field accepts too.
 *
 * Errors are keys of the `errors` messages (src/i18n/messages/{ja,en}/forms.json) with their
 * values: checks stay language-free and each form shows them in the reader's language.
 */
import type { Messages } from '@/i18n/messages'

export type ErrorKey = keyof Messages['errors']
export type FieldError = { key: ErrorKey; values?: Record<string, number | string> }
export type FieldErrors<F extends string = string> = Partial<Record<F, FieldError>>

export const fieldError = (key: ErrorKey, values?: FieldError['values']): FieldError => (values ? { key, values } : { key })

// Control characters (C0, DEL, C1; PostgreSQL cannot store NUL), bidirectional overrides and
// isolates (they make text read differently than it is stored) and the byte-order mark.
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu
// The same, sparing tabs and line breaks, which a text area holds.
const INVISIBLE_IN_TEXT = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu

/** A field of a submitted form as typed, without invisible characters (tabs and line breaks stay); files and missing fields read as ''. */
export const formText = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.replace(INVISIBLE_IN_TEXT, '') : ''
}

/**
 * One typed value as it is checked and stored: full-width digits and letters (１２３, ＴＷ)
 * become ASCII (NFKC), invisible characters and surrounding spaces go. Anything but a string is ''.
 */
export const normalizeLine = (value: unknown): string =>
  typeof value === 'string' ? value.normalize('NFKC').replace(INVISIBLE, '').trim() : ''

// Elements whose content is never meant as text.
const SCRIPT_LIKE = /<(script|style|iframe|object|embed|template|noscript)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi
const COMMENT = /<!--[\s\S]*?(-->|$)/g
// Only what looks like a tag: `<` followed by a letter, `/` or `!`. "a < b > c" stays as it is.
const TAG = /<\/?[a-zA-Z!][^<>]*>/g

/**
 * Free text that members type (bio, career, posts) is stored and shown as plain text with line
 * breaks. Pages render it with React, which escapes it, so this is not the XSS defence; it keeps
 * stored data clean for every reader — REST and GraphQL clients, exports, e-mails — and stops
 * markup and invisible characters from reaching them. Lines are trimmed at the end, at most one
 * blank line in a row.
 */
export const plainText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(SCRIPT_LIKE, '')
    .replace(COMMENT, '')
    .replace(TAG, '')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE_IN_TEXT, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/**
 * One line of plain text: as `plainText`, with line breaks and runs of spaces folded into one
 * space. An ideographic space (　) is kept: it is how many people separate family and given name.
 */
export const plainLine = (value: string): string => plainText(value).replace(/[ \n]+/g, ' ')

/** `plainText` as a field hook: member-typed text is stored as plain text however it arrives. */
export const toPlainText = ({ value }: { value?: unknown }) => (typeof value === 'string' ? plainText(value) : value)

// Hiragana and katakana, full and half width, with the marks names use: the long-vowel mark,
// middle dots, (combining) voiced sound marks, `=` between the parts of a foreign name, spaces.
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・･ｰ゛゜ﾞﾟ\u3099\u309A=＝\s]+$/u
const ROMAJI = /^[\p{Script=Latin} .'-]+$/u
// What Payload's own email field accepts, so a form and the API agree.
const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/

export const MAX_EMAIL = 254

export const isKana = (value: string): boolean => KANA.test(value)
export const isRomaji = (value: string): boolean => ROMAJI.test(value)
/** Full-width digits and hyphens (０９０－…) are common in Japanese input: give the normalised value. */
export const isPhone = (value: string): boolean => PHONE.test(value)

/** Why an email address is refused: missing, too long, or not an address. */
export const emailError = (email: string): FieldError | undefined => {
  if (!email) return fieldError('required')
  if (email.length > MAX_EMAIL) return fieldError('tooLong', { max: MAX_EMAIL })
  if (!EMAIL.test(email)) return fieldError('email')
  return undefined
}

/** An http(s) address, or why it is not one. */
export const checkLinkUrl = (value: string): 'invalidUrl' | 'urlScheme' | null => {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return 'urlScheme'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'invalidUrl'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'urlScheme'
  // A user name or password in a link is a phishing trick, not something to publish.
  if (!url.hostname || url.username || url.password) return 'invalidUrl'
  return null
}

/**
 * `checkLinkUrl` as a Payload field `validate`, so the admin, REST and GraphQL refuse what the
 * forms refuse. An empty value passes unless the field is required.
 */
export const validateLink = (value: unknown, { required }: { required?: boolean } = {}): true | string =>
  (!value && !required) || (typeof value === 'string' && value !== '' && !checkLinkUrl(value)) ? true : 'Enter a full http:// or https:// address.'

/** The first year anyone can have joined or left the company. */
export const FIRST_YEAR = 1950
/** Birth years (optional, for age bands on the staff dashboard only) may be earlier than any join year. */
export const FIRST_BIRTH_YEAR = 1900

/** A typed year (already normalised): four digits from `min` to `max`, or null. */
export const yearIn = (value: string, min: number, max: number): number | null => {
  const year = Number(value)
  return /^\d{4}$/.test(value) && year >= min && year <= max ? year : null
}

export const yearError = (min: number, max: number): FieldError => fieldError('year', { min, max })
