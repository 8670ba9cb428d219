'use client'

import { useRouter } from 'next/navigation'
import type { FormEvent, ReactNode } from 'react'

/**
 * A GET form that leaves empty fields out of the URL (`?q=林`, not `?q=林&industry=&location=`)
 * and navigates on the client. Without JavaScript it is an ordinary GET form.
 */
export function CleanGetForm({ action, label, className, children }: { action: string; label: string; className?: string; children: ReactNode }) {
  const router = useRouter()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim())
    }
    const query = params.toString()
    router.push(query ? `${action}?${query}` : action)
  }
  return (
    <form method="get" action={action} role="search" aria-label={label} onSubmit={submit} className={className}>
      {children}
    </form>
  )
}
