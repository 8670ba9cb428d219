'use client'

import { useTranslations } from 'next-intl'
import type { InputHTMLAttributes } from 'react'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string
  label: string
  hint?: string
  /** Already translated; shown under the field and announced with it. */
  error?: string
}

/**
 * A labelled input whose hint and error are tied to it (`aria-describedby`), marked
 * `aria-invalid` while it has an error, with "required"/"optional" spelled out in the label.
 */
export function TextField({ name, label, hint, error, required, className, ...input }: Props) {
  const t = useTranslations('forms')
  const id = `field-${name}`
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className="flex items-baseline gap-2 text-sm font-semibold">
        {label}
        <span className={required ? 'text-xs font-normal text-shu' : 'text-xs font-normal text-muted'}>
          {required ? t('required') : t('optional')}
        </span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1.5 block w-full rounded-md border border-line bg-white px-3 py-2 text-base shadow-sm transition-colors focus:border-ai aria-[invalid=true]:border-shu aria-[invalid=true]:bg-shu-soft/40"
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-shu">
          {error}
        </p>
      )}
    </div>
  )
}
