'use server'

import { cookies } from 'next/headers'

import { getViewer } from '@/auth/viewer'
import { payloadClient } from '@/data/payload'
import { redirect } from '@/i18n/navigation'
import { isLocale, routing } from '@/i18n/routing'
import { type DeleteState, deleteAccount } from '@/account/deleteAccount'
import { type NotificationState, saveNotifications } from '@/account/notifications'
import { formText } from '@/text/rules'

/** Thin wrappers: who is asking comes from the session cookie, never from the form. */

export async function saveNotificationsAction(_previous: NotificationState, form: FormData): Promise<NotificationState> {
  return saveNotifications(await payloadClient(), await getViewer(), form)
}

export async function deleteAccountAction(_previous: DeleteState, form: FormData): Promise<DeleteState> {
  const payload = await payloadClient()
  const outcome = await deleteAccount(payload, await getViewer(), formText(form, 'password'))
  if (!outcome.ok) return outcome.state
  // The account is gone (and with it every session); the browser's cookie goes too.
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
  const locale = formText(form, 'locale')
  return redirect({ href: '/account-deleted', locale: isLocale(locale) ? locale : routing.defaultLocale })
}
