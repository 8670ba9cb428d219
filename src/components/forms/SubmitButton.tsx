'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

/** The form's main button; says that it is working while the action runs. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useTranslations('forms')
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex items-center justify-center rounded-md bg-ai px-6 py-2.5 font-semibold text-white transition-colors hover:bg-ai-dark disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? t('submitting') : children}
    </button>
  )
}
