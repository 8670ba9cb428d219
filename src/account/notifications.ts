import type { Payload, TypedUser } from 'payload'

import { isAlumnus } from '@/access'
import type { Alumnus } from '@/payload-types'
import { fieldError } from '@/text/rules'

import type { FormState } from './formState'

/**
 * Which e-mails a member wants. Any signed-in alumnus may choose, whatever their status: a
 * pending person can already say they want no event mail once approved.
 */

export const NOTIFICATION_KINDS = ['announcements', 'events', 'digest'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]
export type NotificationValues = Record<NotificationKind, boolean>
export type NotificationState = FormState<NotificationValues>

/** The stored choices, with the collection's defaults for a choice never made. */
export const notificationValues = (doc: Pick<Alumnus, 'notifications'>): NotificationValues => ({
  announcements: doc.notifications?.announcements ?? true,
  events: doc.notifications?.events ?? true,
  digest: doc.notifications?.digest ?? false,
})

/** The form's checkboxes share the name `notifications`; each checked one sends its kind. */
export const readNotificationForm = (form: FormData): NotificationValues => {
  const chosen = form.getAll('notifications')
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.includes(kind)])) as NotificationValues
}

export const saveNotifications = async (
  payload: Payload,
  user: TypedUser | null,
  form: FormData,
): Promise<NotificationState> => {
  const values = readNotificationForm(form)
  if (!user || !isAlumnus(user)) return { status: 'failed', values, errors: {}, formError: fieldError('notAllowed') }
  try {
    const doc = await payload.update({
      collection: 'alumni',
      id: user.id,
      data: { notifications: values },
      overrideAccess: false,
      user,
      depth: 0,
    })
    return { status: 'saved', values: notificationValues(doc), errors: {}, savedAt: doc.updatedAt }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'saving notification preferences failed' })
    return { status: 'failed', values, errors: {}, formError: fieldError('saveFailed') }
  }
}
