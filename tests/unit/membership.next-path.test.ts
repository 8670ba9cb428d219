import { describe, expect, it } from 'vitest'

import { afterSignInPath, safeNextPath } from '../../src/auth/nextPath'

describe('safeNextPath', () => {
  it.each([
    ['/members', '/members'],
    ['/members/directory?q=%E4%BD%90%E8%97%A4&page=2', '/members/directory?q=%E4%BD%90%E8%97%A4&page=2'],
    ['/en/members/profile#links', '/en/members/profile#links'],
    ['/', '/'],
    ['/members/../news', '/news'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected)
  })

  it.each([
    ['//evil.example/members'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example/members'],
    ['http:/evil.example'],
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:text/html,hi'],
    ['members'],
    ['evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    [' /members'],
    ['/members\u0000'],
    [''],
    ['/' + 'a'.repeat(3000)],
  ])('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(safeNextPath(undefined)).toBeNull()
    expect(safeNextPath(null)).toBeNull()
    expect(safeNextPath(['/members'])).toBeNull()
    expect(safeNextPath({ toString: () => '/members' })).toBeNull()
  })
})

describe('afterSignInPath', () => {
  it('sends alumni to next in the sign-in page language, or to the members home', () => {
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'ja' })).toBe('/members/directory')
    expect(afterSignInPath({ next: '/members/directory', collection: 'alumni', locale: 'en' })).toBe('/en/members/directory')
    expect(afterSignInPath({ next: undefined, collection: 'alumni', locale: 'en' })).toBe('/en/members')
    expect(afterSignInPath({ next: '//evil.example', collection: 'alumni', locale: 'ja' })).toBe('/members')
  })

  it('never sends alumni to the admin panel, and sends staff there by default', () => {
    expect(afterSignInPath({ next: '/admin/collections/alumni', collection: 'alumni', locale: 'ja' })).toBe('/members')
    expect(afterSignInPath({ next: undefined, collection: 'users', locale: 'ja' })).toBe('/admin')
    expect(afterSignInPath({ next: '/admin/collections/alumni', collection: 'users', locale: 'en' })).toBe('/admin/collections/alumni')
    expect(afterSignInPath({ next: '/members', collection: 'users', locale: 'en' })).toBe('/en/members')
  })
})
