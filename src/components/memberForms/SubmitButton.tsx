'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

/** A form's button; says that it is working while the action runs. `danger` for what cannot be undone. */
export function SubmitButton({
  pending,
  children,
  tone = 'primary',
  disabled = false,
  ...button
}: {
  pending: boolean
  children: ReactNode
  tone?: 'primary' | 'secondary' | 'danger'
  disabled?: boolean
  name?: string
  value?: string
}) {
  const t = useTranslations('memberForms')
  const tones = {
    primary: 'bg-ai text-white hover:bg-ai-dark',
    secondary: 'border border-line bg-white text-ink hover:border-ai hover:text-ai',
    danger: 'bg-shu text-white hover:bg-[#a13824]',
  }
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className={`inline-flex items-center justify-center rounded-md px-6 py-2.5 font-semibold transition-colors disabled:cursor-wait disabled:opacity-70 ${tones[tone]}`}
      {...button}
    >
      {pending ? t('saving') : children}
    </button>
  )
}
