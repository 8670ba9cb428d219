import type { Locale } from '@/i18n/routing'
import { translator } from '@/i18n/translator'
import { absoluteUrl, siteUrl } from '@/lib/site'

import { bilingualEmail, type Block, type Email } from './layout'

/** "Someone is interested in your opportunity", to the poster, with the interested person's note. */
export const interestEmail = ({
  posterName,
  title,
  opportunityId,
  interestedName,
  message,
}: {
  posterName?: string | null
  title: string
  opportunityId: number
  interestedName: string
  message?: string | null
}): Email =>
  bilingualEmail((locale) => {
    const t = translator(locale, 'collaborationEmails')
    const blocks: Block[] = [{ kind: 'p', text: t('interest.body', { name: interestedName, title }) }]
    if (message?.trim()) blocks.push({ kind: 'quote', label: t('interest.message', { name: interestedName }), text: message })
    blocks.push({ kind: 'action', label: t('interest.action'), url: absoluteUrl(`/members/opportunities/${opportunityId}`, locale) })
    return { subject: t('interest.subject', { title }), blocks }
  }, posterName)

export type DigestItem = { author: string; body: string; link?: string | null }

/** The weekly digest of member updates, with the recipient's own unsubscribe link. */
export const digestEmail = ({
  name,
  items,
  unsubscribeUrl,
}: {
  name?: string | null
  items: DigestItem[]
  unsubscribeUrl: (locale: Locale) => string
}): Email =>
  bilingualEmail((locale) => {
    const t = translator(locale, 'collaborationEmails')
    return {
      subject: t('digest.subject', { count: items.length }),
      blocks: [
        { kind: 'p', text: t('digest.intro') },
        ...items.map((item): Block => ({ kind: 'quote', label: item.author, text: item.link ? `${item.body}\n${item.link}` : item.body })),
        { kind: 'action', label: t('digest.action'), url: absoluteUrl('/members', locale) },
        { kind: 'note', text: t('digest.unsubscribe'), url: unsubscribeUrl(locale) },
      ],
    }
  }, name)

/** Feedback from a member, to staff: what was sent and a link to it in the admin. */
export const feedbackEmail = ({ from, lines, submissionId }: { from: string; lines: { field: string; value: string }[]; submissionId: number }): Email =>
  bilingualEmail((locale) => {
    const t = translator(locale, 'collaborationEmails')
    return {
      subject: t('feedback.subject'),
      blocks: [
        { kind: 'p', text: t('feedback.intro') },
        { kind: 'p', text: t('feedback.from', { name: from }) },
        ...lines.map((line): Block => ({ kind: 'quote', label: line.field, text: line.value })),
        { kind: 'action', label: t('feedback.action'), url: `${siteUrl()}/admin/collections/form-submissions/${submissionId}` },
      ],
    }
  }, null)
