'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

const TONES = {
  primary: 'bg-ai text-white hover:bg-ai-dark',
  secondary: 'border border-line bg-white text-ink hover:border-ai hover:text-ai',
  danger: 'bg-shu text-white hover:bg-[#a13824]',
}

/**
 * A form's main button; says that it is working while the action runs ("sending…", or
 * "saving…" for a form that saves). `danger` for what cannot be undone.
 */
export function SubmitButton({
  pending,
  children,
  working = 'submitting',
  tone = 'primary',
  disabled = false,
  ...button
}: {
  pending: boolean
  children: ReactNode
  working?: 'submitting' | 'saving'
  tone?: keyof typeof TONES
  disabled?: boolean
  name?: string
  value?: string
}) {
  const t = useTranslations('forms')
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      className={`inline-flex items-center justify-center rounded-md px-6 py-2.5 font-semibold transition-colors disabled:cursor-wait disabled:opacity-70 ${TONES[tone]}`}
      {...button}
    >
      {pending ? t(working) : children}
    </button>
  )
}
