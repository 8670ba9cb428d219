/**
 * The one redirect rule (src/security/redirects.ts) against a corpus of known open-redirect
 * bypasses (tests/helpers/redirectCorpus.ts), on its own and through every function that builds a
 * redirect: the sign-in destination in both languages for alumni and staff, the localized
 * redirect helper, and Next's redirect error that carries the final Location.
 */
import { getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { describe, expect, it } from 'vitest'

import { afterSignInPath } from '@/auth/nextPath'
import { redirect as localizedRedirect } from '@/i18n/navigation'
import { localizedPath, routing } from '@/i18n/routing'
import { MAX_LOCATION_LENGTH, redirectTo, sameSiteLocation, sameSitePath, withSameSiteParam } from '@/security/redirects'

import { hostileTargets, SAME_SITE_TARGETS, staysOn } from '../helpers/redirectCorpus'

const ORIGINS = ['http://localhost:3000', 'https://alumni.example.co.jp']
const PAGES = ['/', '/login', '/en/login', '/api/preview/exit', '/members/settings/export']

/** What the browser would do with `location` from any page of any origin, and what a lenient reader could. */
const problems = (location: string): string[] => {
  const found: string[] = []
  if (location.length > MAX_LOCATION_LENGTH) found.push('too long')
  if (!/^\/[\x21-\x5b\x5d-\x7e]*$/.test(location)) found.push('not a plain path')
  if (/^\/[/\\]/.test(location)) found.push('protocol-relative')
  for (const origin of ORIGINS) {
    for (const page of PAGES) if (!staysOn(location, `${origin}${page}`, origin)) found.push(`leaves ${origin}${page}`)
  }
  let decoded = location
  for (let round = 0; round < 4; round += 1) {
    try {
      decoded = decodeURIComponent(decoded)
    } catch {
      break
    }
  }
  if (/^[/\\][/\\]/.test(decoded.normalize('NFKC').replace(/[\t\n\r]/g, ''))) found.push('protocol-relative once decoded')
  return found
}

const corpus = hostileTargets()
const caught = (fn: () => unknown): string => {
  try {
    fn()
  } catch (error) {
    const url = getURLFromRedirectError(error as Parameters<typeof getURLFromRedirectError>[0])
    if (url !== null) return url
    throw error
  }
  throw new Error('no redirect')
}

describe('the redirect corpus', () => {
  it('is large and covers every class', () => {
    console.log(`redirect corpus: ${corpus.length} hostile targets`)
    expect(corpus.length).toBeGreaterThan(3000)
    for (const needle of ['/en//', '/\\', '\t', '%0a', '%252f', '／', '/%2e%2e/', 'javascript:', 'data:', '@evil']) {
      expect(corpus.some((target) => target.toLowerCase().includes(needle.toLowerCase()))).toBe(true)
    }
  })
})

describe('sameSiteLocation', () => {
  it.each(SAME_SITE_TARGETS)('keeps the same-site path %s', (target) => {
    expect(sameSiteLocation(target, '/fallback')).toBe(target)
  })

  it.each([
    ['/members/../news', '/news'],
    ['/members/./directory', '/members/directory'],
    ['/members/news/お知らせ', '/members/news/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B'],
    ['/members?q="x"', '/members?q=%22x%22'],
  ])('normalises %j to what the browser would request', (target, expected) => {
    expect(sameSiteLocation(target, '/fallback')).toBe(expected)
  })

  it.each([
    ['/en//evil.example/phish'],
    ['/.//evil.example'],
    ['/%2e%2e//evil.example'],
    ['/\t/evil.example'],
    ['/%2F/evil.example'],
    ['/%252F%252Fevil.example'],
    ['/／evil.example'],
    ['/\\evil.example'],
    ['https:evil.example'],
  ])('refuses %j', (target) => {
    expect(sameSitePath(target)).toBeNull()
    expect(sameSiteLocation(target, '/fallback')).toBe('/fallback')
  })

  it('refuses what is not a string, and an unsafe fallback falls back to /', () => {
    for (const target of [undefined, null, 42, ['/members'], { toString: () => '/members' }]) {
      expect(sameSiteLocation(target, '/fallback')).toBe('/fallback')
    }
    expect(sameSiteLocation('//evil.example', '//evil.example')).toBe('/')
  })

  it('answers every hostile target with a same-site path or the fallback, and is idempotent', () => {
    const bad: string[] = []
    for (const target of corpus) {
      const location = sameSiteLocation(target, '/fallback')
      const found = problems(location)
      if (found.length) bad.push(`${JSON.stringify(target)} → ${JSON.stringify(location)}: ${found.join(', ')}`)
      if (sameSiteLocation(location, '/other') !== location) bad.push(`${JSON.stringify(target)} → not idempotent`)
    }
    expect(bad).toEqual([])
  })
})

describe('every redirect builder, fed the corpus', () => {
  const locales = routing.locales
  const collections = ['alumni', 'users'] as const

  it('the sign-in destination, in both languages, for alumni and staff', () => {
    const bad: string[] = []
    let cases = 0
    for (const next of corpus) {
      for (const locale of locales) {
        for (const collection of collections) {
          cases += 1
          const location = afterSignInPath({ next, collection, locale })
          const found = problems(location)
          if (found.length) bad.push(`${collection} ${locale} ${JSON.stringify(next)} → ${location}: ${found.join(', ')}`)
          if (collection === 'alumni' && /^\/(en\/)?(admin|api)\b/.test(location)) bad.push(`${locale} ${next} → admin for an alumnus`)
        }
      }
    }
    console.log(`sign-in destination: ${cases} cases`)
    expect(bad).toEqual([])
  })

  it('keeps same-site destinations in the sign-in page language', () => {
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'ja' })).toBe('/members/directory')
    expect(afterSignInPath({ next: '/en/members/directory', collection: 'alumni', locale: 'ja' })).toBe('/members/directory')
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'en' })).toBe('/en/members/directory')
    expect(afterSignInPath({ next: '/en//evil.example/phish', collection: 'alumni', locale: 'ja' })).toBe('/members')
    expect(afterSignInPath({ next: '/en//evil.example/phish', collection: 'users', locale: 'ja' })).toBe('/admin')
    expect(afterSignInPath({ next: '/en/admin', collection: 'alumni', locale: 'ja' })).toBe('/members')
    expect(afterSignInPath({ next: '/en/admin/collections/alumni', collection: 'users', locale: 'en' })).toBe('/admin/collections/alumni')
  })

  it('redirectTo and the localized redirect throw Next redirects to a same-site Location', () => {
    const bad: string[] = []
    let cases = 0
    for (const target of corpus) {
      cases += 1
      const direct = caught(() => redirectTo(target, '/'))
      if (problems(direct).length) bad.push(`redirectTo ${JSON.stringify(target)} → ${direct}`)
      for (const locale of locales) {
        // Paths the app builds from URL parameters: a slug, an id, a whole path, a query value.
        const hrefs = [
          `/news/${target}`,
          target,
          { pathname: `/members/opportunities/${target}`, query: { done: 'posted' } },
          { pathname: '/login', query: { next: target } },
        ]
        for (const href of hrefs) {
          cases += 1
          const location = caught(() => localizedRedirect({ href, locale }))
          const found = problems(location)
          if (found.length) bad.push(`${locale} ${JSON.stringify(href)} → ${location}: ${found.join(', ')}`)
        }
      }
    }
    console.log(`redirect helpers: ${cases} cases`)
    expect(bad).toEqual([])
  })

  it('the localized redirect keeps ordinary paths in their language', () => {
    expect(caught(() => localizedRedirect({ href: '/members', locale: 'en' }))).toBe('/en/members')
    expect(caught(() => localizedRedirect({ href: { pathname: '/login', query: { next: '/members/x' } }, locale: 'ja' }))).toBe(
      '/login?next=%2Fmembers%2Fx',
    )
    expect(caught(() => localizedRedirect({ href: '//evil.example', locale: 'en' }))).toBe(localizedPath('/', 'en'))
  })
})

describe('withSameSiteParam (Payload admin sign-in)', () => {
  it('leaves a same-site parameter alone and replaces any other', () => {
    const at = (query: string) => new URL(`http://localhost:3000/admin/login?${query}`)
    expect(withSameSiteParam(at('redirect=%2Fadmin%2Fcollections%2Falumni'), 'redirect', '/admin')).toBeNull()
    expect(withSameSiteParam(at('other=1'), 'redirect', '/admin')).toBeNull()
    const bad: string[] = []
    for (const target of corpus) {
      const location = withSameSiteParam(at(`redirect=${encodeURIComponent(target.replace(/[\ud800-\udfff]/g, '\ufffd'))}`), 'redirect', '/admin')
      if (location === null) {
        if (sameSitePath(target) === null) bad.push(`${JSON.stringify(target)} kept`)
        continue
      }
      const redirect = new URL(location, 'http://localhost:3000').searchParams.get('redirect') ?? ''
      if (problems(location).length || !location.startsWith('/admin/login?') || sameSitePath(redirect) !== redirect) {
        bad.push(`${JSON.stringify(target)} → ${location}`)
      }
    }
    expect(bad).toEqual([])
  })
})
