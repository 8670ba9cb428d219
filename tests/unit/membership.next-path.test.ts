import { describe, expect, it } from 'vitest'

import { afterSignInPath } from '../../src/auth/nextPath'

// Whether `next` stays on the site is src/security/redirects.ts's rule, fed a whole corpus of
// bypasses in tests/unit/security.redirects.test.ts; here, where a sign-in goes.
describe('afterSignInPath', () => {
  it('sends alumni to next in the sign-in page language, or to the members home', () => {
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'ja' })).toBe('/members/directory')
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'en' })).toBe('/en/members/directory')
    expect(afterSignInPath({ next: '/members/../news', collection: 'alumni', locale: 'ja' })).toBe('/news')
    expect(afterSignInPath({ next: undefined, collection: 'alumni', locale: 'en' })).toBe('/en/members')
    expect(afterSignInPath({ next: ['/members'], collection: 'alumni', locale: 'ja' })).toBe('/members')
  })

  it('never leaves the site, also once the language prefix is stripped', () => {
    for (const next of ['//evil.example', '/en//evil.example/phish', '/.//evil.example', '/en/..//evil.example', 'https://evil.example']) {
      expect(afterSignInPath({ next, collection: 'alumni', locale: 'ja' })).toBe('/members')
      expect(afterSignInPath({ next, collection: 'alumni', locale: 'en' })).toBe('/en/members')
      expect(afterSignInPath({ next, collection: 'users', locale: 'ja' })).toBe('/admin')
    }
  })

  it('never sends alumni to the admin panel, and sends staff there by default', () => {
    expect(afterSignInPath({ next: '/admin/collections/alumni', collection: 'alumni', locale: 'ja' })).toBe('/members')
    expect(afterSignInPath({ next: '/en/admin', collection: 'alumni', locale: 'ja' })).toBe('/members')
    expect(afterSignInPath({ next: '/api/alumni', collection: 'alumni', locale: 'en' })).toBe('/en/members')
    expect(afterSignInPath({ next: undefined, collection: 'users', locale: 'ja' })).toBe('/admin')
    expect(afterSignInPath({ next: '/admin/collections/alumni', collection: 'users', locale: 'en' })).toBe('/admin/collections/alumni')
    expect(afterSignInPath({ next: '/members', collection: 'users', locale: 'en' })).toBe('/en/members')
  })
})
