import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Email } from './layout'

/** Payload's forgot-password mail, pointing at the site's `/reset-password` page. */
export const resetPasswordEmail = ({ name, token }: { name?: string | null; token: string }): Email =>
  bilingualEmail(
    (locale, t) => ({
      subject: t('reset.subject'),
      blocks: [
        { kind: 'p', text: t('reset.body') },
        {
          kind: 'action',
          label: t('reset.action'),
          url: absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`, locale),
        },
        { kind: 'p', text: t('reset.ifNotYou') },
      ],
    }),
    name,
  )
