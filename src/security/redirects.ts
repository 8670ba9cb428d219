/**
 * Redirects: the one rule for where the site may send a browser.
 *
 * Any redirect whose target a request can influence (`?next=` after sign-in, `?to=` when leaving
 * a preview, a path built from a URL parameter) must never leave the site. The check belongs on
 * the **final** `Location`, after every transformation: a value that is harmless when read
 * (`/en//evil.example`) becomes protocol-relative once a step strips the locale prefix, and the
 * URL parser itself turns `/.//evil.example` into the path `//evil.example` and drops tabs and
 * newlines (`/\t/evil.example` is `//evil.example` to a browser). So every redirect of the app goes
 * through `redirectTo` (or `sameSiteLocation` for a hand-built `Location`), and what comes out is
 * either a same-origin path that reads back as itself or the fallback (docs/security.md#redirects).
 */
import { redirect } from 'next/navigation'

/** Longer targets fall back: a long `Location` can pass the app and still break a proxy's header buffer. */
export const MAX_LOCATION_LENGTH = 2048

const BASE = 'http://enishi.invalid'
// A second, unrelated base: a real same-site path reads the same from any page of any origin.
const OTHER_BASE = 'https://elsewhere.invalid/a/b/c'

/** Printable ASCII, no backslash: what the URL serializer leaves once the parser has encoded the rest. */
const SERIALIZED = /^\/[\x21-\x5b\x5d-\x7e]*$/

/** The path, query and fragment `value` names when read against `base`, or null if it names another origin. */
const readAgainst = (value: string, base: string): string | null => {
  try {
    const url = new URL(value, base)
    return url.origin === new URL(base).origin ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}

/**
 * What a lenient reader (a proxy, a framework, a later redirect) could make of the path's start:
 * percent-decoded until it stops changing, folded to compatible characters (`／` is `/`), tabs
 * and newlines dropped.
 */
const leniently = (path: string): string => {
  let text = path
  for (let round = 0; round < 5; round += 1) {
    let decoded: string
    try {
      decoded = decodeURIComponent(text)
    } catch {
      break
    }
    if (decoded === text) break
    text = decoded
  }
  return text.normalize('NFKC').replace(/[\t\n\r]/g, '')
}

/** Whether every `%` starts a valid escape and the escapes decode to UTF-8: pages choke on the rest. */
const decodable = (path: string): boolean => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** `//` or a backslash pair in the path: the start of another host once anything strips what comes before. */
const emptySegment = (path: string): boolean => /[/\\][/\\]/.test(path.split(/[?#]/, 1)[0] as string)

/**
 * `target` as a same-origin path (with its query and fragment, percent-encoded as a browser
 * would send it), or null. Refused: anything that is not a string starting with `/`, longer than
 * MAX_LOCATION_LENGTH, holding a backslash, whitespace or a control character; anything the URL
 * parser resolves to another origin; a path with an empty segment (`//`, also `/\`) however it is
 * decoded (`/.//x`, `/en//x`, `/%2F/x`, `/%252F/x`, `/／x`), which is another host as soon as a
 * later step strips what comes before it; a malformed percent escape (`/%`, `/%zz`, `/%ff`); a
 * result that would not read back as itself.
 */
export const sameSitePath = (target: unknown): string | null => {
  if (typeof target !== 'string' || target.length === 0 || target.length > MAX_LOCATION_LENGTH) return null
  if (!target.startsWith('/') || /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/.test(target)) {
    return null
  }
  const path = readAgainst(target, BASE)
  if (path === null || path.length > MAX_LOCATION_LENGTH || !SERIALIZED.test(path) || !decodable(path)) return null
  if (emptySegment(path) || emptySegment(leniently(path))) return null
  if (readAgainst(path, BASE) !== path || readAgainst(path, OTHER_BASE) !== path) return null
  return path
}

/**
 * The `Location` to send for `target`: `target` itself as a safe same-origin path, or `fallback`
 * (a path of the app's own, checked by the same rule; `/` if even that fails). Call it on the
 * final value, after any locale prefixing or stripping.
 */
export const sameSiteLocation = (target: unknown, fallback: string): string =>
  sameSitePath(target) ?? sameSitePath(fallback) ?? '/'

/**
 * For a page outside the app's code that redirects to one of its own query parameters (Payload's
 * admin sign-in and `?redirect=`): the same URL with that parameter made a same-site path, or null
 * when it already is one. Payload's own check lets through characters a header cannot carry.
 */
export const withSameSiteParam = (url: URL, name: string, fallback: string): string | null => {
  const value = url.searchParams.get(name)
  if (value === null || sameSitePath(value) === value) return null
  const query = new URLSearchParams(url.searchParams)
  query.set(name, sameSiteLocation(value, fallback))
  return sameSiteLocation(`${url.pathname}?${query}`, fallback)
}

/** Next's `redirect()` to `sameSiteLocation(target, fallback)`: the only way the app redirects. */
export function redirectTo(target: unknown, fallback: string): never {
  redirect(sameSiteLocation(target, fallback))
}
