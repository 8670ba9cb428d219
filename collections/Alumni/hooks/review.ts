import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { reviewDecisionEmail, type ReviewDecision } from '@/email/templates/reviewDecision'
import { contactEmail } from '@/lib/contact'
import type { Alumnus } from '@/payload-types'

const isDecision = (status: unknown): status is ReviewDecision => status === 'approved' || status === 'rejected'

const decided = (status: unknown, previous: unknown): status is ReviewDecision =>
  isDecision(status) && status !== previous

/** Stamps `reviewedAt` in the same write that approves or rejects (single or bulk edit). */
export const stampReview: CollectionBeforeChangeHook<Alumnus> = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && decided(data.status, originalDoc?.status)) data.reviewedAt = new Date().toISOString()
  return data
}

/**
 * Emails the person when staff (or automatic roster approval) approve or reject them,
 * including the optional review message. Runs per document, so Payload's bulk edit of
 * `status` mails everyone it changes. A mail failure is logged, never undoes the decision.
 */
export const emailReviewDecision: CollectionAfterChangeHook<Alumnus> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !decided(doc.status, previousDoc?.status)) return doc
  try {
    // Read again with access overridden: `doc` carries only what the editing user may read.
    const person = await req.payload.findByID({
      collection: 'alumni',
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      req,
      select: { email: true, name: true, reviewMessage: true },
    })
    const message = reviewDecisionEmail({
      name: person.name,
      decision: doc.status,
      message: person.reviewMessage,
      contact: contactEmail(),
    })
    await req.payload.sendEmail({ to: person.email, ...message })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `could not send the review mail to alumnus ${doc.id}` })
  }
  return doc
}
