import type { ReactNode } from 'react'

/**
 * A message about the whole form (a summary of errors, a failed sign-in, a notice). `role`
 * makes screen readers announce it when it appears after a submission.
 */
export function FormAlert({ tone, children, id }: { tone: 'error' | 'info'; children: ReactNode; id?: string }) {
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
      className={
        tone === 'error'
          ? 'rounded-md border border-shu/40 bg-shu-soft px-4 py-3 text-sm text-shu'
          : 'rounded-md border border-ai/30 bg-ai/5 px-4 py-3 text-sm text-ai-dark'
      }
    >
      {children}
    </div>
  )
}
