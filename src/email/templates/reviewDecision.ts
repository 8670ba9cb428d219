import { absoluteUrl } from '@/lib/site'
import { contactEmail } from '@/membership/contact'

import { bilingualEmail, type Block, type Email } from './layout'

export type ReviewDecision = 'approved' | 'rejected'

/** The outcome of staff review (or of automatic approval), with the team's optional message. */
export const reviewDecisionEmail = ({
  name,
  decision,
  message,
}: {
  name?: string | null
  decision: ReviewDecision
  message?: string | null
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
        { kind: 'p', text: t('rejected.contact', { email: contactEmail() }) },
      ],
    }
  }, name)
