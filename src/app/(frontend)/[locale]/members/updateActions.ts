'use server'

import { getViewer } from '@/auth/viewer'
import { deleteUpdate, type Outcome, postUpdate, reportUpdate, toggleReaction } from '@/collaboration/memberActions'
import { payloadClient } from '@/data/payload'
import { redirect } from '@/i18n/navigation'
import { isLocale, routing } from '@/i18n/routing'
import { formText } from '@/text/rules'

/** The feed's forms on the members home. Who is asking comes from the session cookie. */

const idOf = (form: FormData) => {
  const id = Number(formText(form, 'id'))
  return Number.isInteger(id) && id > 0 ? id : 0
}

/** Back to the feed (same page, at the post) with what happened. */
const back = (form: FormData, outcome: Outcome, done: string): never => {
  const locale = formText(form, 'locale')
  const page = formText(form, 'page')
  const query: Record<string, string> = outcome.ok ? { done } : { error: outcome.problem }
  if (/^\d+$/.test(page) && page !== '1' && done !== 'posted') query.page = page
  const hash = outcome.ok && outcome.id && done !== 'deleted' ? `update-${outcome.id}` : 'updates'
  return redirect({ href: `/members?${new URLSearchParams(query)}#${hash}`, locale: isLocale(locale) ? locale : routing.defaultLocale })
}

export async function postUpdateAction(form: FormData) {
  const file = form.get('image')
  const image = file instanceof File && file.size > 0 ? { data: Buffer.from(await file.arrayBuffer()), name: file.name } : null
  return back(form, await postUpdate(await payloadClient(), await getViewer(), form, image), 'posted')
}

export async function reactAction(form: FormData) {
  return back(form, await toggleReaction(await payloadClient(), await getViewer(), idOf(form), formText(form, 'kind')), 'reacted')
}

export async function reportAction(form: FormData) {
  const outcome = await reportUpdate(await payloadClient(), await getViewer(), idOf(form), formText(form, 'reason'), formText(form, 'note'))
  return back(form, outcome, 'reported')
}

export async function deleteUpdateAction(form: FormData) {
  return back(form, await deleteUpdate(await payloadClient(), await getViewer(), idOf(form)), 'deleted')
}
