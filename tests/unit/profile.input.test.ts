/**
 * The site's text rules (src/text/rules.ts) as the profile form uses them, and the profile's
 * own lists (src/account/profileInput.ts): what plain text means, which links are accepted,
 * how lists are typed.
 */
import { describe, expect, it } from 'vitest'

import { splitList } from '../../src/account/profileInput'
import { checkLinkUrl, plainLine, plainText } from '../../src/text/rules'

describe('plainText', () => {
  it.each([
    ['keeps text and line breaks', 'line one\nline two', 'line one\nline two'],
    ['normalizes Windows and old Mac line breaks', 'a\r\nb\rc', 'a\nb\nc'],
    ['removes tags but keeps their text', '<p>Hello <strong>there</strong></p>', 'Hello there'],
    ['removes scripts and styles with their content', 'a<script>alert(1)</script>b<style>p{}</style>c', 'abc'],
    ['removes an unclosed script to the end', 'safe<script>alert(1)', 'safe'],
    ['removes comments', 'a<!-- hidden -->b', 'ab'],
    ['keeps comparisons that are not tags', '1 < 2 and 3 > 2, <3', '1 < 2 and 3 > 2, <3'],
    ['keeps entities as typed', 'R&amp;D &lt;b&gt;', 'R&amp;D &lt;b&gt;'],
    ['removes control characters and direction overrides', 'a\u0000b\u0007c\u202Ed\u2066e\uFEFF', 'abcde'],
    ['turns tabs into spaces', 'a\tb', 'a b'],
    ['keeps at most one blank line and trims', '\n\n a \n\n\n\n b  \n\n', 'a\n\n b'],
    ['keeps Japanese punctuation and emoji', '縁、つながり。👋🏽', '縁、つながり。👋🏽'],
    ['composes decomposed characters (NFC)', 'か\u3099', 'が'],
  ])('%s', (_name, input, expected) => {
    expect(plainText(input)).toBe(expected)
  })

  it('plainLine folds line breaks and runs of spaces, keeping the ideographic space', () => {
    expect(plainLine('  佐藤　陽菜 \n  Sato   Hina ')).toBe('佐藤　陽菜 Sato Hina')
  })
})

describe('checkLinkUrl', () => {
  it.each(['https://example.com', 'http://example.com/a?b=c#d', 'https://例え.jp/パス', 'HTTPS://EXAMPLE.COM'])(
    'accepts %s',
    (url) => expect(checkLinkUrl(url)).toBeNull(),
  )
  it.each([
    ['example.com', 'urlScheme'],
    ['www.example.com/path', 'urlScheme'],
    ['javascript:alert(1)', 'urlScheme'],
    ['data:text/html,hi', 'urlScheme'],
    ['ftp://example.com', 'urlScheme'],
    ['mailto:me@example.com', 'urlScheme'],
    ['https://', 'invalidUrl'],
    ['https://user:secret@example.com', 'invalidUrl'],
    ['http://exa mple.com', 'invalidUrl'],
  ])('refuses %s (%s)', (url, problem) => expect(checkLinkUrl(url)).toBe(problem))
})

describe('splitList', () => {
  it('splits on commas (ASCII, Japanese, full-width) and line breaks, trims, drops empties and repeats', () => {
    expect(splitList('UX, 企画、営業，UX\n\n SQL ,')).toEqual(['UX', '企画', '営業', 'SQL'])
  })
})
