import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Email } from './layout'

/** The link that confirms a new registration's email address (`/verify?token=…`). */
export const verifyEmailUrl = (token: string, locale: 'ja' | 'en') =>
  absoluteUrl(`/verify?token=${encodeURIComponent(token)}`, locale)

/** Sent on registration, and again when someone registers an unverified address a second time. */
export const verifyEmail = ({ name, token }: { name?: string | null; token: string }): Email =>
  bilingualEmail(
    (locale, t) => ({
      subject: t('verify.subject'),
      blocks: [
        { kind: 'p', text: t('verify.body') },
        { kind: 'action', label: t('verify.action'), url: verifyEmailUrl(token, locale) },
        { kind: 'p', text: t('verify.next') },
      ],
    }),
    name,
  )
