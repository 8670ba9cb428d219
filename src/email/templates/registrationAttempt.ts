import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Email } from './layout'

/**
 * Sent to the owner of an address when someone registers it again. The registration form
 * answers exactly as for a new address, so only the owner learns that the account exists.
 */
export const registrationAttemptEmail = ({ name }: { name?: string | null }): Email =>
  bilingualEmail(
    (locale, t) => ({
      subject: t('attempt.subject'),
      blocks: [
        { kind: 'p', text: t('attempt.body') },
        { kind: 'p', text: t('attempt.ifYou') },
        { kind: 'action', label: t('attempt.action'), url: absoluteUrl('/login', locale) },
        { kind: 'p', text: `${t('attempt.forgot')} ${absoluteUrl('/forgot-password', locale)}` },
        { kind: 'p', text: t('attempt.ifNotYou') },
      ],
    }),
    name,
  )
