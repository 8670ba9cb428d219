'use server'

import config from '@payload-config'
import { login } from '@payloadcms/next/auth'

import { afterSignInPath } from '@/auth/nextPath'
import { PASSWORD_MAX_LENGTH } from '@/auth/password'
import { isLocale } from '@/i18n/routing'
import { signIn } from '@/auth/signIn'
import { limitForm } from '@/security/formLimits'
import { redirectTo } from '@/security/redirects'
import { MAX_EMAIL } from '@/text/rules'

export type LoginState =
  | { status: 'idle' }
  | { status: 'invalid' | 'unverified'; email: string }
  | { status: 'limited'; email: string; retryAfter: number }

/**
 * Signs in with Payload's `login` server function, which sets Payload's session cookie
 * (HttpOnly, SameSite=Lax), then goes to `next` if it stays on the site (src/auth/nextPath.ts,
 * src/security/redirects.ts).
 */
export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  // Only as much as any account can have, plus one character to stay too long (a form may carry megabytes).
  const email = String(formData.get('email') ?? '').slice(0, MAX_EMAIL + 1).trim()
  const password = String(formData.get('password') ?? '').slice(0, 2 * PASSWORD_MAX_LENGTH + 1)
  const locale = String(formData.get('locale') ?? '')
  if (!email || !password) return { status: 'invalid', email }
  const limit = await limitForm('signIn', email)
  if (!limit.ok) return { status: 'limited', email, retryAfter: limit.retryAfter }
  const result = await signIn((collection) => login({ collection, config, email, password }))
  if (!result.ok) return { status: result.reason, email }
  redirectTo(
    afterSignInPath({ next: formData.get('next'), collection: result.collection, locale: isLocale(locale) ? locale : 'ja' }),
    '/',
  )
}
