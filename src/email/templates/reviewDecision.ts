import { absoluteUrl } from '@/lib/site'

import { bilingualEmail, type Block, type Email } from './layout'

export type ReviewDecision = 'approved' | 'rejected'

/**
 * The outcome of staff review (or of automatic approval), with the team's optional message; a
 * declined person is told where to write (`contact`, the team's address).
 */
export const reviewDecisionEmail = ({
  name,
  decision,
  message,
  contact,
}: {
  name?: string | null
  decision: ReviewDecision
  message?: string | null
  contact: string
}): Email =>
  bilingualEmail((locale, t) => {
    const note: Block[] = message?.trim() ? [{ kind: 'quote', label: t('message'), text: message.trim() }] : []
    if (decision === 'approved') {
      return {
        subject: t('approved.subject'),
        blocks: [
          { kind: 'p', text: t('approved.body') },
          ...note,
          { kind: 'action', label: t('approved.action'), url: absoluteUrl('/login', locale) },
        ],
      }
    }
    return {
      subject: t('rejected.subject'),
      blocks: [
        { kind: 'p', text: t('rejected.body') },
        ...note,
        { kind: 'p', text: t('rejected.contact', { email: contact }) },
      ],
    }
  }, name)
