import type { CollectionAfterChangeHook } from 'payload'

import { interestEmail } from '@/email/templates/collaborationMail'
import type { Alumnus, Opportunity, OpportunityInterest, User } from '@/payload-types'

const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' ? value?.id : value)

/**
 * Tells the poster (an alumnus or a staff user) that someone is interested. Sent after the
 * interest is stored; a failed send is logged and does not undo the interest.
 */
export const notifyPosterOfInterest: CollectionAfterChangeHook<OpportunityInterest> = async ({ context, doc, operation, req }) => {
  if (operation !== 'create' || context.skipInterestMail) return doc
  const { payload } = req
  try {
    const opportunity = (await payload.findByID({
      collection: 'opportunities',
      id: idOf(doc.opportunity) as number,
      depth: 0,
      req,
      select: { title: true, alumnus: true, postedByStaff: true },
    })) as Pick<Opportunity, 'id' | 'title' | 'alumnus' | 'postedByStaff'>
    const posterId = idOf(opportunity.alumnus)
    const staffId = idOf(opportunity.postedByStaff)
    const poster = posterId
      ? ((await payload.findByID({ collection: 'alumni', id: posterId, depth: 0, req, select: { email: true, name: true } })) as Pick<Alumnus, 'email' | 'name'>)
      : staffId
        ? ((await payload.findByID({ collection: 'users', id: staffId, depth: 0, req, select: { email: true, name: true } })) as Pick<User, 'email' | 'name'>)
        : null
    if (!poster?.email) return doc
    const interested = (await payload.findByID({
      collection: 'alumni',
      id: idOf(doc.alumnus) as number,
      depth: 0,
      req,
      select: { name: true },
    })) as Pick<Alumnus, 'name'>
    const mail = interestEmail({
      posterName: poster.name,
      title: opportunity.title,
      opportunityId: opportunity.id,
      interestedName: interested.name,
      message: doc.message,
    })
    await payload.sendEmail({ to: poster.email, subject: mail.subject, html: mail.html, text: mail.text })
  } catch (err) {
    payload.logger.error({ err, msg: `interest mail for interest ${doc.id} failed` })
  }
  return doc
}
