'use client'

import { useActionState } from 'react'

import { Notice } from '@/components/collaboration/Notice'
import { buttonClass, inputClass, labelClass } from '@/components/collaboration/styles'

import { type OpportunityField, postOpportunityAction, type PostState } from '../actions'

type Option = { value: string; label: string }
type Labels = Record<OpportunityField | 'industryNone' | 'descriptionHint' | 'contactHint' | 'submit', string>

/**
 * Posting an opportunity. A post the server refuses comes back with the problem and everything
 * typed; the key remounts the fields so they show it. A post it accepts goes to the new page.
 */
export function NewOpportunityForm({
  locale,
  labels,
  kinds,
  industries,
  problems,
}: {
  locale: string
  labels: Labels
  kinds: Option[]
  industries: Option[]
  problems: Record<string, string>
}) {
  const [state, action, pending] = useActionState<PostState, FormData>(postOpportunityAction, { values: {}, attempt: 0 })
  const value = (field: OpportunityField) => state.values[field] ?? ''
  return (
    <>
      <Notice error={state.problem ? problems[state.problem] : null} />
      <form key={state.attempt} action={action} className="mt-8 space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <label className={labelClass}>
          {labels.title}
          <input name="title" required maxLength={120} defaultValue={value('title')} className={inputClass} />
        </label>
        <label className={labelClass}>
          {labels.kind}
          <select name="kind" required defaultValue={value('kind') || kinds[0]?.value} className={inputClass}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {labels.industry}
          <select name="industry" defaultValue={value('industry')} className={inputClass}>
            <option value="">{labels.industryNone}</option>
            {industries.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {labels.description}
          <textarea
            name="description"
            required
            maxLength={4000}
            rows={8}
            defaultValue={value('description')}
            className={inputClass}
            aria-describedby="description-hint"
          />
          <span id="description-hint" className="mt-1 block text-xs font-normal text-muted">
            {labels.descriptionHint}
          </span>
        </label>
        <label className={labelClass}>
          {labels.deadline}
          <input type="date" name="deadline" defaultValue={value('deadline')} className={inputClass} />
        </label>
        <label className={labelClass}>
          {labels.contact}
          <input name="contact" required maxLength={300} defaultValue={value('contact')} className={inputClass} aria-describedby="contact-hint" />
          <span id="contact-hint" className="mt-1 block text-xs font-normal text-muted">
            {labels.contactHint}
          </span>
        </label>
        <button type="submit" disabled={pending} className={buttonClass}>
          {labels.submit}
        </button>
      </form>
    </>
  )
}
