'use client'

import { useTranslations } from 'next-intl'

import { FormAlert } from './FormAlert'

/** What a form says when it was submitted too often (src/security/rateLimit.ts). */
export function RateLimitAlert({ retryAfter }: { retryAfter: number }) {
  const t = useTranslations('rateLimit')
  return (
    <FormAlert tone="error" id="rate-limited">
      {t('tooManyAttempts', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) })}
    </FormAlert>
  )
}
