import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Email } from './layout'

/** What the invitation fills in on /join (src/roster/invite.ts builds it from a roster row). */
export type JoinPrefill = { name: string; email: string; employeeNumber: string; joinedYear: number; leftYear?: number | null; department?: string | null }

/** /join with the person's roster data as query parameters, which the registration form reads. */
export const joinUrl = (prefill: JoinPrefill, locale: 'ja' | 'en'): string => {
  const query = new URLSearchParams({
    name: prefill.name,
    email: prefill.email,
    employeeNumber: prefill.employeeNumber,
    joinedYear: String(prefill.joinedYear),
  })
  if (prefill.leftYear) query.set('leftYear', String(prefill.leftYear))
  if (prefill.department) query.set('lastDepartment', prefill.department)
  return `${absoluteUrl('/join', locale)}?${query}`
}

/** The invitation staff send to someone on the roster. */
export const rosterInviteEmail = (prefill: JoinPrefill): Email =>
  bilingualEmail(
    (locale, t) => ({
      subject: t('rosterInvite.subject'),
      blocks: [
        { kind: 'p', text: t('rosterInvite.body') },
        { kind: 'action', label: t('rosterInvite.action'), url: joinUrl(prefill, locale) },
      ],
    }),
    prefill.name,
  )
