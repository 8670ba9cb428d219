import { randomUUID } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'

import { isValidationError, payloadErrorStatus } from '@/security/payloadErrors'

import { isApprovedAlumnus, isMember } from '@/access'
import { inspectPhoto } from '@/account/photoRules'
import { INDUSTRIES, OPPORTUNITY_KINDS, OPPORTUNITY_OUTCOMES, REACTION_KINDS, REPORT_REASONS } from '@/lib/options'
import type { Opportunity } from '@/payload-types'
import { formText } from '@/text/rules'

import { findFeedbackForm } from './feedbackForm'

/**
 * What the members pages do on the board, the feed and the feedback form, language-free: each
 * function writes through the Local API with the member's own rights (`overrideAccess: false`),
 * so the collections' rules decide, and answers with an outcome the page turns into a message.
 */
export type Problem = 'notAllowed' | 'notFound' | 'invalid' | 'duplicate' | 'imageInvalid' | 'failed'
export type Outcome = { ok: true; id?: number } | { ok: false; problem: Problem; detail?: string }

const oneOf = <T extends string>(options: readonly { value: T }[], value: string): T | undefined =>
  options.find((o) => o.value === value)?.value

const failure = (payload: Payload, error: unknown, what: string): Outcome => {
  if (isValidationError(error)) {
    return { ok: false, problem: 'invalid', detail: error.data.errors.map((e) => e.message).join(' ') }
  }
  if (payloadErrorStatus(error) === 404) return { ok: false, problem: 'notFound' }
  if (payloadErrorStatus(error) === 403) return { ok: false, problem: 'notAllowed' }
  payload.logger.error({ err: error, msg: `${what} failed` })
  return { ok: false, problem: 'failed' }
}

const attempt = async (payload: Payload, what: string, run: () => Promise<Outcome>): Promise<Outcome> => {
  try {
    return await run()
  } catch (error) {
    return failure(payload, error, what)
  }
}

/**
 * Whether the member already has a row in `collection` for `field` = `id` (an interest, a
 * report): said as "already done" rather than as the unique index's error, which still
 * guards against two requests at once.
 */
const alreadyDone = async (
  payload: Payload,
  user: TypedUser,
  collection: 'opportunity-interests' | 'update-reports',
  where: Record<string, { equals: number | string }>,
): Promise<boolean> =>
  (await payload.count({ collection, where: { and: Object.entries(where).map(([k, v]) => ({ [k]: v })) }, overrideAccess: false, user })).totalDocs > 0

/** A `YYYY-MM-DD` from a date input: the deadline is that whole day in Japan. */
const deadlineOf = (value: string): string | null | 'invalid' => {
  if (!value) return null
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'invalid'
  const date = new Date(`${value}T23:59:59+09:00`)
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString()
}

export const postOpportunity = (payload: Payload, user: TypedUser | null, form: FormData): Promise<Outcome> =>
  attempt(payload, 'posting an opportunity', async () => {
    if (!isMember(user)) return { ok: false, problem: 'notAllowed' }
    const kind = oneOf(OPPORTUNITY_KINDS, formText(form, 'kind'))
    const industry = oneOf(INDUSTRIES, formText(form, 'industry'))
    const deadline = deadlineOf(formText(form, 'deadline'))
    if (!kind || deadline === 'invalid') return { ok: false, problem: 'invalid' }
    const doc = await payload.create({
      collection: 'opportunities',
      data: {
        title: formText(form, 'title').trim(),
        kind,
        industry: industry ?? null,
        description: formText(form, 'description').trim(),
        contact: formText(form, 'contact').trim(),
        deadline,
        status: 'open',
      } as Opportunity,
      overrideAccess: false,
      user,
      depth: 0,
    })
    return { ok: true, id: doc.id }
  })

export const declareInterest = (payload: Payload, user: TypedUser | null, opportunity: number, message: string): Promise<Outcome> =>
  attempt(payload, 'saying interested', async () => {
    if (!isApprovedAlumnus(user) || !user) return { ok: false, problem: 'notAllowed' }
    if (await alreadyDone(payload, user, 'opportunity-interests', { opportunity: { equals: opportunity }, alumnus: { equals: user.id } })) {
      return { ok: false, problem: 'duplicate' }
    }
    const doc = await payload.create({
      collection: 'opportunity-interests',
      data: { opportunity, message: message.trim() || null } as never,
      overrideAccess: false,
      user,
      depth: 0,
    })
    return { ok: true, id: doc.id }
  })

export const closeOpportunity = (payload: Payload, user: TypedUser | null, id: number, outcomeValue: string): Promise<Outcome> =>
  attempt(payload, 'closing an opportunity', async () => {
    const outcome = oneOf(OPPORTUNITY_OUTCOMES, outcomeValue)
    if (!outcome) return { ok: false, problem: 'invalid' }
    await payload.update({ collection: 'opportunities', id, data: { status: 'closed', outcome }, overrideAccess: false, user, depth: 0 })
    return { ok: true, id }
  })

export type UploadedImage = { data: Buffer; name: string } | null

export const postUpdate = (payload: Payload, user: TypedUser | null, form: FormData, file: UploadedImage): Promise<Outcome> =>
  attempt(payload, 'posting an update', async () => {
    if (!isApprovedAlumnus(user)) return { ok: false, problem: 'notAllowed' }
    let image: number | null = null
    if (file && file.data.length) {
      const inspected = await inspectPhoto(file.data)
      if (!inspected.ok) return { ok: false, problem: 'imageInvalid' }
      const created = await payload.create({
        collection: 'update-images',
        data: {},
        // A random name: the original one may say more than the person meant to share.
        file: { data: file.data, mimetype: inspected.mimetype, name: `${randomUUID()}.${inspected.ext}`, size: file.data.length },
        overrideAccess: false,
        user,
      })
      image = created.id
    }
    try {
      const doc = await payload.create({
        collection: 'member-updates',
        data: { body: formText(form, 'body').trim(), link: formText(form, 'link').trim() || null, image } as never,
        overrideAccess: false,
        user,
        depth: 0,
      })
      return { ok: true, id: doc.id }
    } catch (error) {
      if (image) await payload.delete({ collection: 'update-images', id: image, overrideAccess: false, user }).catch(() => undefined)
      throw error
    }
  })

/**
 * One reaction per member per update: choosing the reaction one has removes it, choosing
 * another changes it.
 */
export const toggleReaction = (payload: Payload, user: TypedUser | null, update: number, kindValue: string): Promise<Outcome> =>
  attempt(payload, 'reacting', async () => {
    if (!isApprovedAlumnus(user) || !user) return { ok: false, problem: 'notAllowed' }
    const kind = oneOf(REACTION_KINDS, kindValue)
    if (!kind) return { ok: false, problem: 'invalid' }
    const { docs } = await payload.find({
      collection: 'update-reactions',
      where: { and: [{ update: { equals: update } }, { alumnus: { equals: user.id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    const existing = docs[0]
    if (existing?.kind === kind) {
      await payload.delete({ collection: 'update-reactions', id: existing.id, overrideAccess: false, user })
    } else if (existing) {
      await payload.update({ collection: 'update-reactions', id: existing.id, data: { kind }, overrideAccess: false, user })
    } else {
      await payload.create({ collection: 'update-reactions', data: { update, kind } as never, overrideAccess: false, user })
    }
    return { ok: true, id: update }
  })

export const reportUpdate = (payload: Payload, user: TypedUser | null, update: number, reasonValue: string, note: string): Promise<Outcome> =>
  attempt(payload, 'reporting an update', async () => {
    if (!isApprovedAlumnus(user) || !user) return { ok: false, problem: 'notAllowed' }
    const reason = oneOf(REPORT_REASONS, reasonValue)
    if (!reason) return { ok: false, problem: 'invalid' }
    if (await alreadyDone(payload, user, 'update-reports', { update: { equals: update }, reporter: { equals: user.id } })) {
      return { ok: false, problem: 'duplicate' }
    }
    await payload.create({ collection: 'update-reports', data: { update, reason, note: note.trim() || null } as never, overrideAccess: false, user })
    return { ok: true, id: update }
  })

export const deleteUpdate = (payload: Payload, user: TypedUser | null, update: number): Promise<Outcome> =>
  attempt(payload, 'deleting an update', async () => {
    await payload.delete({ collection: 'member-updates', id: update, overrideAccess: false, user })
    return { ok: true, id: update }
  })

/** Sends the feedback form: every field of the form is read from the submitted form data. */
export const sendFeedback = (payload: Payload, user: TypedUser | null, form: FormData): Promise<Outcome> =>
  attempt(payload, 'sending feedback', async () => {
    if (!isMember(user)) return { ok: false, problem: 'notAllowed' }
    const feedback = await findFeedbackForm(payload, user)
    if (!feedback) return { ok: false, problem: 'notFound' }
    const submissionData = (feedback.fields ?? [])
      .filter((field): field is Extract<typeof field, { name: string }> => 'name' in field && Boolean(field.name))
      .map((field) => ({ field: field.name, value: formText(form, `field:${field.name}`) }))
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { form: feedback.id, submissionData } as never,
      overrideAccess: false,
      user,
      depth: 0,
    })
    return { ok: true, id: doc.id }
  })
