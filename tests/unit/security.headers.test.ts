/** The security headers for each kind of build (src/security/headers.ts). */
import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from '../../src/security/headers'

const byName = (https: boolean, development: boolean) =>
  Object.fromEntries(securityHeaders({ https, development }).map(({ key, value }) => [key, value]))

describe('security headers', () => {
  it('add HSTS and upgrade-insecure-requests only to an HTTPS production build', () => {
    expect(byName(true, false)['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    expect(byName(true, false)['Content-Security-Policy']).toContain('upgrade-insecure-requests')
    expect(byName(false, false)['Strict-Transport-Security']).toBeUndefined()
    expect(byName(true, true)['Strict-Transport-Security']).toBeUndefined()
  })

  it('allow eval and hot-reload sockets in development only', () => {
    expect(contentSecurityPolicy({ https: false, development: true })).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ https: false, development: false })).not.toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ https: false, development: false })).not.toContain('ws:')
  })

  it('never allow another origin to frame, script or receive data from the site', () => {
    const csp = contentSecurityPolicy({ https: true, development: false })
    expect(csp).toContain("frame-ancestors 'self'")
    for (const directive of csp.split('; ')) {
      if (/^(script-src|connect-src|frame-src|frame-ancestors|form-action|default-src)/.test(directive)) {
        expect(directive, directive).not.toMatch(/https?:|\*/)
      }
    }
  })
})
