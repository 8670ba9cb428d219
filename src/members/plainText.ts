/**
 * Free text that members type (bio, career) is stored and shown as plain text with line
 * breaks. Pages render it with React, which escapes it, so this is not the XSS defence; it
 * keeps stored data clean for every reader — REST and GraphQL clients, exports, e-mails —
 * and stops markup, invisible control characters and direction overrides from reaching them.
 */

// Elements whose content is never meant as text.
const SCRIPT_LIKE = /<(script|style|iframe|object|embed|template|noscript)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi
const COMMENT = /<!--[\s\S]*?(-->|$)/g
// Only what looks like a tag: `<` followed by a letter, `/` or `!`. "a < b > c" stays as it is.
const TAG = /<\/?[a-zA-Z!][^<>]*>/g
// C0 controls except tab and line feed, DEL, C1 controls; bidirectional overrides and isolates
// (they can make text read differently than it is stored); the BOM.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/** Multi-line plain text: no markup or control characters, lines trimmed at the end, at most one blank line in a row. */
export const plainText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(SCRIPT_LIKE, '')
    .replace(COMMENT, '')
    .replace(TAG, '')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
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
