/**
 * The forwarded-host rule of src/security/crossSite.ts: an X-Forwarded-Host counts for Next's
 * server-action Origin check only when ENISHI_TRUSTED_PROXIES says a proxy in front wrote it.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { sessionToken } from '@/security/cookies'
import { foreignOriginAction, forwardedHostForgery } from '@/security/crossSite'

const saved = { proxies: process.env.ENISHI_TRUSTED_PROXIES, origins: process.env.ENISHI_CSRF_ORIGINS }
afterEach(() => {
  for (const [name, value] of [
    ['ENISHI_TRUSTED_PROXIES', saved.proxies],
    ['ENISHI_CSRF_ORIGINS', saved.origins],
  ] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const post = (headers: Record<string, string>, method = 'POST') =>
  new Request('http://localhost:3000/login', { method, headers: { host: 'alumni.example.jp', ...headers } })

describe('forwardedHostForgery', () => {
  it('refuses a foreign Origin that matches only a client-written X-Forwarded-Host', () => {
    delete process.env.ENISHI_TRUSTED_PROXIES
    for (const origin of ['https://evil.example', 'http://evil.example:8080', 'null', 'not a url']) {
      const forwarded = origin.startsWith('http') ? new URL(origin).host : origin
      expect(forwardedHostForgery(post({ origin, 'x-forwarded-host': forwarded })), origin).toBe(true)
    }
    process.env.ENISHI_TRUSTED_PROXIES = '0'
    expect(forwardedHostForgery(post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }))).toBe(true)
    expect(forwardedHostForgery(post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }, 'DELETE'))).toBe(true)
  })

  it('lets through what Next or the cookie rules already judge', () => {
    delete process.env.ENISHI_TRUSTED_PROXIES
    // The site's own Origin, with or without a forwarded host.
    expect(forwardedHostForgery(post({ origin: 'https://alumni.example.jp', 'x-forwarded-host': 'evil.example' }))).toBe(false)
    // No forwarded host: Next compares Origin with Host itself.
    expect(forwardedHostForgery(post({ origin: 'https://evil.example' }))).toBe(false)
    // No Origin, or a safe method.
    expect(forwardedHostForgery(post({ 'x-forwarded-host': 'evil.example' }))).toBe(false)
    expect(forwardedHostForgery(post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }, 'GET'))).toBe(false)
    // A trusted origin (ENISHI_CSRF_ORIGINS).
    process.env.ENISHI_CSRF_ORIGINS = 'https://admin.example.jp'
    expect(forwardedHostForgery(post({ origin: 'https://admin.example.jp', 'x-forwarded-host': 'admin.example.jp' }))).toBe(false)
  })

  it('trusts X-Forwarded-Host behind trusted proxies, which write it', () => {
    process.env.ENISHI_TRUSTED_PROXIES = '1'
    expect(forwardedHostForgery(post({ origin: 'https://www.example.jp', 'x-forwarded-host': 'www.example.jp' }))).toBe(false)
  })
})

describe('foreignOriginAction', () => {
  it('refuses a write to a page from another site, whatever the method and Origin shape', () => {
    delete process.env.ENISHI_TRUSTED_PROXIES
    for (const origin of ['https://evil.example', 'http://alumni.example.jp.evil.example', 'null', 'not a url', 'http://alumni.example.jp:8080']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        expect(foreignOriginAction(post({ origin }, method)), `${method} ${origin}`).toBe(true)
      }
    }
  })

  it('lets the site itself, trusted origins, reads and the API through', () => {
    process.env.ENISHI_CSRF_ORIGINS = 'https://staff.example.jp'
    expect(foreignOriginAction(post({ origin: 'http://alumni.example.jp' }))).toBe(false)
    expect(foreignOriginAction(post({ origin: 'https://staff.example.jp' }))).toBe(false)
    expect(foreignOriginAction(post({ origin: 'https://evil.example' }, 'GET'))).toBe(false)
    expect(foreignOriginAction(post({}))).toBe(false)
    const api = new Request('http://localhost:3000/api/alumni/login', { method: 'POST', headers: { host: 'alumni.example.jp', origin: 'https://evil.example' } })
    expect(foreignOriginAction(api)).toBe(false)
  })

  it('compares with X-Forwarded-Host only behind a trusted proxy', () => {
    const forwarded = { origin: 'https://alumni.example.com', 'x-forwarded-host': 'alumni.example.com' }
    delete process.env.ENISHI_TRUSTED_PROXIES
    expect(foreignOriginAction(post(forwarded))).toBe(true)
    process.env.ENISHI_TRUSTED_PROXIES = '1'
    expect(foreignOriginAction(post(forwarded))).toBe(false)
  })
})

describe('sessionToken', () => {
  it('reads the session cookie in every shape Payload reads it', () => {
    const shapes: [string, string | undefined][] = [
      ['payload-token=abc', 'abc'],
      ['payload-token =abc', 'abc'],
      ['  payload-token=abc  ; other=1', 'abc  '],
      ['other=1;payload-token=abc', 'abc'],
      ['payload-token =; payload-token =abc', 'abc'],
      ['payload-token=abc; payload-token=', undefined],
      ['payload-token=', undefined],
      ['Payload-Token=abc', undefined],
      ['other=payload-token=abc', undefined],
      ['', undefined],
    ]
    for (const [cookie, token] of shapes) expect(sessionToken(new Headers({ cookie })), cookie).toBe(token)
  })
})
