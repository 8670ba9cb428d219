'use client'

import { useActionState } from 'react'

import { Notice } from '@/components/forms/Notice'
import { buttonClass } from '@/components/forms/styles'
import { SelectField, TextAreaField, TextField } from '@/components/forms/fields'
import { usePermalink } from '@/components/forms/usePermalink'

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
  const [state, action, pending] = useActionState<PostState, FormData>(
    postOpportunityAction,
    { values: {}, attempt: 0 },
    usePermalink('/members/opportunities/new'),
  )
  const value = (field: OpportunityField) => state.values[field] ?? ''
  return (
    <>
      <Notice error={state.problem ? problems[state.problem] : null} />
      <form key={state.attempt} action={action} className="mt-8 space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <TextField name="title" label={labels.title} required maxLength={120} defaultValue={value('title')} />
        <SelectField
          name="kind"
          label={labels.kind}
          required
          options={kinds}
          defaultValue={value('kind') || kinds[0]?.value}
        />
        <SelectField
          name="industry"
          label={labels.industry}
          options={[{ value: '', label: labels.industryNone }, ...industries]}
          defaultValue={value('industry')}
        />
        <TextAreaField
          name="description"
          label={labels.description}
          hint={labels.descriptionHint}
          required
          maxLength={4000}
          rows={8}
          defaultValue={value('description')}
        />
        <TextField type="date" name="deadline" label={labels.deadline} defaultValue={value('deadline')} />
        <TextField
          name="contact"
          label={labels.contact}
          hint={labels.contactHint}
          required
          maxLength={300}
          defaultValue={value('contact')}
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          {labels.submit}
        </button>
      </form>
    </>
  )
}
