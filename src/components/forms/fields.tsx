'use client'

import { useTranslations } from 'next-intl'
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

import { controlClass } from './styles'

/**
 * Labelled form controls for every client form of the site (joining, signing in, the profile,
 * settings, the board). Each control's hint and error are tied to it with `aria-describedby`,
 * it is `aria-invalid` while it has an error, and its label says whether it is required.
 * Errors arrive already translated (useErrorText).
 */

type Described = { name: string; label: string; hint?: string; error?: string; required?: boolean }

const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

function RequiredMark({ required }: { required?: boolean }) {
  const t = useTranslations('forms')
  return (
    <span className={required ? 'text-xs font-normal text-shu' : 'text-xs font-normal text-muted'}>
      {required ? t('required') : t('optional')}
    </span>
  )
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null
  return (
    <p id={id} className="mt-0.5 text-xs text-muted">
      {children}
    </p>
  )
}

export function ErrorText({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-shu">
      {children}
    </p>
  )
}

/** Label, hint, control, error: the frame every field shares. */
function Field({ name, label, hint, error, required, className, children }: Described & { className?: string; children: (aria: object) => ReactNode }) {
  const id = fieldId(name)
  return (
    <div className={className}>
      <label htmlFor={id} className="flex items-baseline gap-2 text-sm font-semibold">
        {label}{' '}
        <RequiredMark required={required} />
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {children({
        id,
        name,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, hint, error),
      })}
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  )
}

type InputProps = Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

export function TextField({ name, label, hint, error, required, className, ...input }: InputProps) {
  return (
    <Field {...{ name, label, hint, error, required, className }}>
      {(aria) => <input type="text" {...aria} className={controlClass} {...input} />}
    </Field>
  )
}

type TextAreaProps = Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>

export function TextAreaField({ name, label, hint, error, required, className, ...textarea }: TextAreaProps) {
  return (
    <Field {...{ name, label, hint, error, required, className }}>
      {(aria) => <textarea rows={5} {...aria} className={`${controlClass} leading-relaxed`} {...textarea} />}
    </Field>
  )
}

type SelectProps = Described &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & { options: { value: string; label: string }[] }

export function SelectField({ name, label, hint, error, required, className, options, ...select }: SelectProps) {
  return (
    <Field {...{ name, label, hint, error, required, className }}>
      {(aria) => (
        <select {...aria} className={controlClass} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/**
 * A group of radio buttons or checkboxes under one question: a fieldset whose legend is the
 * question, so screen readers read it before each choice.
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  options,
  checked,
  className,
}: {
  name: string
  legend: string
  hint?: string
  error?: string
  type: 'radio' | 'checkbox'
  options: { value: string; label: string; hint?: string }[]
  checked: (value: string) => boolean
  className?: string
}) {
  const id = fieldId(name)
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-[15px]">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked(option.value)}
              className="mt-1.5 size-4 accent-ai"
            />
            <span>
              {option.label}
              {option.hint && <span className="block text-xs text-muted">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </fieldset>
  )
}

/** One checkbox that answers a yes/no question, with its explanation tied to it. */
export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  const id = fieldId(name)
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1.5 size-4 shrink-0 accent-ai"
      />
      <div>
        <label htmlFor={id} className="text-[15px] font-semibold">
          {label}
        </label>
        <Hint id={`${id}-hint`}>{hint}</Hint>
      </div>
    </div>
  )
}

/** A titled part of a long form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-line bg-white p-6">
      <legend className="px-2 text-lg font-bold">{title}</legend>
      <div className="space-y-5">{children}</div>
    </fieldset>
  )
}
