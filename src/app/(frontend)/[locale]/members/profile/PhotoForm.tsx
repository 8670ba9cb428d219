'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useState } from 'react'

import { ErrorText, Hint } from '@/components/forms/fields'
import { controlClass } from '@/components/forms/styles'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import type { PhotoView } from '@/account/photo'
import { PHOTO_LIMITS, PHOTO_TYPES } from '@/account/photoLimits'
import { fieldError, type FieldError } from '@/text/rules'

import { photoAction, type PhotoState } from './actions'

const MAX_MB = PHOTO_LIMITS.maxBytes / 1024 / 1024

/** The profile photo: shows the current one, uploads a replacement, or removes it. */
export function PhotoForm({ initial }: { initial: PhotoView | null }) {
  const t = useTranslations('photo')
  const errorText = useErrorText()
  const [state, formAction, pending] = useActionState<PhotoState, FormData>(photoAction, { status: 'idle', photo: initial }, usePermalink('/members/profile'))
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  // Too large to send at all: said at once, before the upload is attempted.
  const [tooLarge, setTooLarge] = useState<FieldError | null>(null)
  const error = errorText(tooLarge ?? (state.status === 'invalid' ? state.error : undefined))
  const describedBy = ['photo-hint', error && 'photo-error'].filter(Boolean).join(' ')

  return (
    // A new photo (or none) empties the file field: the key remounts the form.
    <form key={state.photo?.url ?? 'none'} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <div className="size-40 shrink-0 overflow-hidden rounded-full border border-line bg-paper">
        {state.photo ? (
          // Members-only file behind a session check: next/image would fetch it without the
          // viewer's cookie, so the browser loads it directly.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={state.photo.url} alt={t('alt')} width={160} height={160} className="size-full object-cover" />
        ) : (
          <p className="flex size-full items-center justify-center p-4 text-center text-xs text-muted">{t('none')}</p>
        )}
      </div>
      <div className="min-w-0 flex-1">
        <label htmlFor="field-photo" className="text-sm font-semibold">
          {t('choose')}
        </label>
        <Hint id="photo-hint">{t('hint', { max: MAX_MB })}</Hint>
        <input
          id="field-photo"
          type="file"
          name="photo"
          accept={PHOTO_TYPES.join(',')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            setTooLarge(file && file.size > PHOTO_LIMITS.maxBytes ? fieldError('photoTooLarge', { max: MAX_MB }) : null)
          }}
          className={`${controlClass} file:mr-4 file:rounded file:border-0 file:bg-ai/10 file:px-3 file:py-1 file:text-sm file:font-semibold file:text-ai-dark`}
        />
        <ErrorText id="photo-error">{error}</ErrorText>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} working="saving" tone="secondary" name="intent" value="upload" disabled={Boolean(tooLarge)}>
            {t('upload')}
          </SubmitButton>
          {state.photo && (
            <SubmitButton pending={pending} working="saving" tone="secondary" name="intent" value="remove">
              {t('remove')}
            </SubmitButton>
          )}
          <p role="status" tabIndex={-1} data-form-message className="text-sm font-semibold text-ai-dark">
            {state.status === 'saved' && state.done ? t(state.done) : null}
          </p>
        </div>
      </div>
    </form>
  )
}
