'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import {
  CheckboxField,
  ChoiceGroup,
  FormSection,
  SelectField,
  TextAreaField,
  TextField,
} from '@/components/forms/fields'
import { FormMessage } from '@/components/forms/FormMessage'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import { LIMITS, MAX_LINKS, type ProfileValues } from '@/account/profileInput'

import type { ProfileState } from '@/account/profile'

import { saveProfileAction } from './actions'

type Option = { value: string; label: string }

export function ProfileForm({ initial, industries, openTo }: { initial: ProfileValues; industries: Option[]; openTo: Option[] }) {
  const t = useTranslations('profileForm')
  const errorText = useErrorText()
  const [state, formAction, pending] = useActionState<ProfileState, FormData>(
    saveProfileAction,
    { status: 'idle', values: initial, errors: {} },
    usePermalink('/members/profile'),
  )
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  const { values, errors } = state
  const err = (field: string) => errorText(errors[field])
  const links = Array.from({ length: MAX_LINKS }, (_, i) => values.links[i] ?? { label: '', url: '' })
  const visibility = (name: 'contactEmailVisibility' | 'contactPhoneVisibility', legend: string) => (
    <ChoiceGroup
      name={name}
      legend={legend}
      type="radio"
      options={[
        { value: 'members', label: t('visibilityMembers') },
        { value: 'staff', label: t('visibilityStaff') },
      ]}
      checked={(value) => values[name] === value}
    />
  )

  return (
    // After a save the fields show what was stored (the bio cleaned, lists tidied): the key
    // remounts them with those values.
    <form
      key={state.savedAt ?? 'editing'}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-8"
    >
      <FormSection title={t('sections.name')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="name" label={t('name')} required autoComplete="name" defaultValue={values.name} error={err('name')} />
          <TextField name="nameKana" label={t('nameKana')} required defaultValue={values.nameKana} error={err('nameKana')} />
          <TextField
            name="nameRomaji"
            label={t('nameRomaji')}
            hint={t('nameRomajiHint')}
            lang="en"
            defaultValue={values.nameRomaji}
            error={err('nameRomaji')}
          />
        </div>
      </FormSection>

      <FormSection title={t('sections.now')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="currentOrganization"
            label={t('currentOrganization')}
            autoComplete="organization"
            defaultValue={values.currentOrganization}
            error={err('currentOrganization')}
          />
          <TextField name="title" label={t('jobTitle')} autoComplete="organization-title" defaultValue={values.title} error={err('title')} />
          <SelectField
            name="industry"
            label={t('industry')}
            options={[{ value: '', label: t('industryNone') }, ...industries]}
            defaultValue={values.industry}
            error={err('industry')}
          />
          <TextField name="location" label={t('location')} hint={t('locationHint')} defaultValue={values.location} error={err('location')} />
        </div>
        <TextAreaField
          name="careerSinceLeaving"
          label={t('careerSinceLeaving')}
          hint={t('plainTextHint', { max: LIMITS.longText })}
          defaultValue={values.careerSinceLeaving}
          error={err('careerSinceLeaving')}
        />
      </FormSection>

      <FormSection title={t('sections.about')}>
        <TextAreaField
          name="bio"
          label={t('bio')}
          hint={t('plainTextHint', { max: LIMITS.longText })}
          rows={7}
          defaultValue={values.bio}
          error={err('bio')}
        />
        <TextField
          name="skills"
          label={t('skills')}
          hint={t('skillsHint', { max: LIMITS.skills })}
          defaultValue={values.skills}
          error={err('skills')}
        />
        <ChoiceGroup
          name="openTo"
          legend={t('openTo')}
          hint={t('openToHint')}
          type="checkbox"
          options={openTo}
          checked={(value) => values.openTo.includes(value)}
        />
        <fieldset aria-describedby="links-hint">
          <legend className="text-sm font-semibold">{t('links')}</legend>
          <p id="links-hint" className="mt-0.5 text-xs text-muted">
            {t('linksHint', { max: MAX_LINKS })}
          </p>
          <ol className="mt-3 space-y-3">
            {links.map((link, i) => (
              <li key={i} className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
                <TextField
                  name={`links.${i}.label`}
                  label={t('linkLabel', { n: i + 1 })}
                  defaultValue={link.label}
                  error={err(`links.${i}.label`)}
                />
                <TextField
                  name={`links.${i}.url`}
                  label={t('linkUrl', { n: i + 1 })}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  lang="en"
                  defaultValue={link.url}
                  error={err(`links.${i}.url`)}
                />
              </li>
            ))}
          </ol>
        </fieldset>
      </FormSection>

      <FormSection title={t('sections.atCompany')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="joinedYear"
            label={t('joinedYear')}
            hint={t('yearHint')}
            inputMode="numeric"
            defaultValue={values.joinedYear}
            error={err('joinedYear')}
          />
          <TextField
            name="leftYear"
            label={t('leftYear')}
            hint={t('yearHint')}
            inputMode="numeric"
            defaultValue={values.leftYear}
            error={err('leftYear')}
          />
        </div>
        <TextField
          name="departments"
          label={t('departments')}
          hint={t('departmentsHint', { max: LIMITS.departments })}
          defaultValue={values.departments}
          error={err('departments')}
        />
        <TextField
          name="birthYear"
          label={t('birthYear')}
          hint={t('birthYearHint')}
          inputMode="numeric"
          autoComplete="bday-year"
          defaultValue={values.birthYear}
          error={err('birthYear')}
        />
      </FormSection>

      <FormSection title={t('sections.contact')}>
        <p className="text-sm text-muted">{t('contactHint')}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="contactEmail"
            label={t('contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="email"
            defaultValue={values.contactEmail}
            error={err('contactEmail')}
          />
          {visibility('contactEmailVisibility', t('visibilityEmail'))}
          <TextField
            name="contactPhone"
            label={t('contactPhone')}
            type="tel"
            autoComplete="tel"
            defaultValue={values.contactPhone}
            error={err('contactPhone')}
          />
          {visibility('contactPhoneVisibility', t('visibilityPhone'))}
        </div>
      </FormSection>

      <FormSection title={t('sections.directory')}>
        <CheckboxField name="hiddenFromDirectory" label={t('hidden')} hint={t('hiddenHint')} defaultChecked={values.hiddenFromDirectory} />
      </FormSection>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} working="saving">{t('save')}</SubmitButton>
        <FormMessage state={state} saved={t('saved')} />
      </div>
    </form>
  )
}
