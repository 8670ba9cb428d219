/**
 * Redirect targets an attacker would try, as the app receives them (already URL-decoded once):
 * known open-redirect bypasses, and a generated product of path prefixes (locale prefixes, dot
 * segments, encoded dots) × ways to write "another host" (slashes, backslashes, whitespace and
 * control characters raw and percent-encoded once and twice, full-width and other look-alike
 * slashes) × what follows the host. Used by tests/unit/security.redirects.test.ts and
 * tests/e2e/redirects.spec.ts (docs/security.md#redirects).
 */

export const EVIL_HOST = 'evil.example'

/** What may come before the separator: nothing, a locale, paths whose dot segments collapse. */
export const PREFIXES = [
  '',
  '/en',
  '/ja',
  '/en/',
  '/ja/',
  '/members',
  '/members/..',
  '/.',
  '/./',
  '/en/..',
  '/en/.',
  '/%2e',
  '/%2e%2e',
  '/%2E%2E/',
  '/en/%2e%2e',
  '/members/%2e%2e/%2e%2e',
  '/a/b/../..',
] as const

/** Ways to write the start of another host. */
export const SEPARATORS = [
  '//',
  '///',
  '////',
  '/\\',
  '\\/',
  '\\\\',
  '/\\/',
  '/\t/',
  '/\n/',
  '/\r/',
  '/\r\n/',
  '\t//',
  ' //',
  '/ /',
  '/%09/',
  '/%0a/',
  '/%0D/',
  '/%0d%0a/',
  '/%20/',
  '/%2f',
  '%2f%2f',
  '/%2F/',
  '/%5c',
  '%5C%5C',
  '/%252f',
  '/%25252F',
  '/%255c',
  '/%2509/',
  '/／',
  '／／',
  '/＼',
  '\u2215\u2215',
  '/\u2044',
  '/\u3000/',
  '/\u00a0/',
  '/\u200b/',
  '/\ufeff/',
  '/\u2028/',
  '/\u0000/',
  '/\u001f/',
  '/\u007f/',
  '/%00/',
  '/%E3%80%80/',
  '/%EF%BC%8F',
] as const

/** What may follow the host. */
export const TAILS = ['', '/phish', '?next=/members', '#/members', `@${EVIL_HOST}`] as const

/** Absolute URLs, other schemes, userinfo and other one-offs. */
export const ONE_OFFS = [
  `http://${EVIL_HOST}`,
  `https://${EVIL_HOST}/members`,
  `HTTPS://${EVIL_HOST}`,
  `https:${EVIL_HOST}`,
  `https:/${EVIL_HOST}`,
  `https:\\\\${EVIL_HOST}`,
  `ftp://${EVIL_HOST}`,
  `//${EVIL_HOST}`,
  `//${EVIL_HOST}:443/members`,
  `//user:pass@${EVIL_HOST}`,
  `/\\user@${EVIL_HOST}`,
  `http://localhost@${EVIL_HOST}`,
  `http://${EVIL_HOST}#@localhost`,
  `http://${EVIL_HOST}\\@localhost`,
  `@${EVIL_HOST}`,
  `/@${EVIL_HOST}`,
  `${EVIL_HOST}`,
  `${EVIL_HOST}/members`,
  '.',
  '..',
  '../..',
  './/evil.example',
  '?next=//evil.example',
  '#//evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  '/javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:http://evil.example/x',
  `%2F%2F${EVIL_HOST}`,
  `%252F%252F${EVIL_HOST}`,
  `/%2F%2F${EVIL_HOST}`,
  `/%252F%252F${EVIL_HOST}`,
  `/%25252F%25252F${EVIL_HOST}`,
  `/${EVIL_HOST}%2F%2E%2E%2F%2F${EVIL_HOST}`,
  `/%E2%88%95%E2%88%95${EVIL_HOST}`,
  `/\u30fb/${EVIL_HOST}`,
  `/members\r\nSet-Cookie: x=1`,
  `/members%0d%0aSet-Cookie:%20x=1`,
  `/members\u2028${EVIL_HOST}`,
  '',
  ' ',
  '\t',
  '/',
  '\\',
  '/' + 'a'.repeat(5000),
  '/' + '%2f'.repeat(1500),
  '/' + '../'.repeat(800) + `/${EVIL_HOST}`,
  '/members?' + 'x'.repeat(8000),
  '/' + 'あ'.repeat(400),
  '/\ud800',
  '/%ff%fe',
  '/%',
  '/%zz',
] as const

/** Every combination of prefix × separator × host × tail. */
export const generatedTargets = (
  prefixes: readonly string[] = PREFIXES,
  separators: readonly string[] = SEPARATORS,
  tails: readonly string[] = TAILS,
): string[] =>
  prefixes.flatMap((prefix) => separators.flatMap((separator) => tails.map((tail) => `${prefix}${separator}${EVIL_HOST}${tail}`)))

/** The whole corpus, without duplicates. */
export const hostileTargets = (): string[] => [...new Set([...ONE_OFFS, ...generatedTargets()])]

/** A smaller deterministic slice for routes where each case costs a sign-in. */
export const hostileTargetsSample = (): string[] => [
  ...new Set([...ONE_OFFS, ...generatedTargets(['', '/en', '/ja', '/.', '/en/..', '/%2e%2e'], SEPARATORS, [''])]),
]

/** Same-site targets that must keep working. */
export const SAME_SITE_TARGETS = [
  '/members',
  '/members/directory?q=%E4%BD%90%E8%97%A4&page=2',
  '/en/members/profile#links',
  '/members/events/summer-party',
  '/',
] as const

/**
 * Whether a `Location` answered for a request to `requestUrl` stays on `origin`, read as a browser
 * reads it (the WHATWG URL parser, which also drops tabs and newlines).
 */
export const staysOn = (location: string, requestUrl: string, origin: string): boolean => {
  try {
    return new URL(location, requestUrl).origin === origin
  } catch {
    return false
  }
}
