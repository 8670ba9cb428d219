import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Email } from './layout'

/** /join with a signed reference to the roster row (src/roster/inviteToken.ts), never the data itself. */
export const joinUrl = (token: string, locale: 'ja' | 'en'): string =>
  `${absoluteUrl('/join', locale)}?${new URLSearchParams({ invite: token })}`

/** The invitation staff send to someone on the roster. */
export const rosterInviteEmail = ({ name, token }: { name: string; token: string }): Email =>
  bilingualEmail(
    (locale, t) => ({
      subject: t('rosterInvite.subject'),
      blocks: [
        { kind: 'p', text: t('rosterInvite.body') },
        { kind: 'action', label: t('rosterInvite.action'), url: joinUrl(token, locale) },
      ],
    }),
    name,
  )
