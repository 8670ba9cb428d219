'use server'

import { getViewer } from '@/auth/viewer'
import { sendFeedback } from '@/collaboration/memberActions'
import { payloadClient } from '@/data/payload'
import { redirect } from '@/i18n/navigation'
import { isLocale, routing } from '@/i18n/routing'
import { formText } from '@/text/rules'

export async function sendFeedbackAction(form: FormData) {
  const outcome = await sendFeedback(await payloadClient(), await getViewer(), form)
  const locale = formText(form, 'locale')
  return redirect({
    href: { pathname: '/members/feedback', query: outcome.ok ? { done: 'sent' } : { error: outcome.problem } },
    locale: isLocale(locale) ? locale : routing.defaultLocale,
  })
}
