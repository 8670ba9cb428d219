'use server'

import { getViewer } from '@/auth/viewer'
import { closeOpportunity, declareInterest, type Outcome, postOpportunity, type Problem } from '@/collaboration/memberActions'
import { payloadClient } from '@/data/payload'
import { redirect } from '@/i18n/navigation'
import { isLocale, routing } from '@/i18n/routing'
import { formText } from '@/text/rules'

/** Thin wrappers: who is asking comes from the session cookie, never from the form. */

const localeOf = (form: FormData) => {
  const locale = formText(form, 'locale')
  return isLocale(locale) ? locale : routing.defaultLocale
}

const idOf = (form: FormData) => {
  const id = Number(formText(form, 'id'))
  return Number.isInteger(id) && id > 0 ? id : 0
}

/** Back to `path` with the outcome in the query, so the page says what happened. */
const back = (form: FormData, path: string, outcome: Outcome, done: string): never =>
  redirect({ href: { pathname: path, query: outcome.ok ? { done } : { error: outcome.problem } }, locale: localeOf(form) })

/** What the new-opportunity form shows after a refused post: the problem, and everything typed. */
export type PostState = { problem?: Problem; values: Partial<Record<OpportunityField, string>>; attempt: number }
export type OpportunityField = 'title' | 'kind' | 'industry' | 'description' | 'deadline' | 'contact'
const FIELDS: OpportunityField[] = ['title', 'kind', 'industry', 'description', 'deadline', 'contact']

export async function postOpportunityAction(previous: PostState, form: FormData): Promise<PostState> {
  const outcome = await postOpportunity(await payloadClient(), await getViewer(), form)
  if (outcome.ok) return back(form, `/members/opportunities/${outcome.id}`, outcome, 'posted')
  return {
    problem: outcome.problem,
    values: Object.fromEntries(FIELDS.map((field) => [field, formText(form, field)])),
    attempt: previous.attempt + 1,
  }
}

export async function interestAction(form: FormData) {
  const id = idOf(form)
  const outcome = await declareInterest(await payloadClient(), await getViewer(), id, formText(form, 'message'))
  return back(form, `/members/opportunities/${id}`, outcome, 'interested')
}

export async function closeAction(form: FormData) {
  const id = idOf(form)
  const outcome = await closeOpportunity(await payloadClient(), await getViewer(), id, formText(form, 'outcome'))
  return back(form, `/members/opportunities/${id}`, outcome, 'closed')
}
