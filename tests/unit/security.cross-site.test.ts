/**
 * The forwarded-host rule of src/security/crossSite.ts: an X-Forwarded-Host counts for Next's
 * server-action Origin check only when ENISHI_TRUSTED_PROXIES says a proxy in front wrote it.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { forwardedHostForgery } from '@/security/crossSite'

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
