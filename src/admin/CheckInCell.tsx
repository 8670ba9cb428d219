'use client'

import type { DefaultCellComponentProps } from 'payload'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * The "Checked in" column of the registrations list: the time, or a button that checks the
 * person in now (a PATCH with the staff member's own session, so access rules apply).
 */
export function CheckInCell({ cellData, rowData }: DefaultCellComponentProps) {
  const router = useRouter()
  const [at, setAt] = useState<string | null>((cellData as string | null) ?? null)
  const [busy, setBusy] = useState(false)
  if (at) return <span>{new Date(at).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' })}</span>
  if ((rowData as { status?: string }).status !== 'confirmed') return <span>—</span>
  const checkIn = async (event: React.MouseEvent) => {
    // The cell sits inside the row's link to the document.
    event.preventDefault()
    event.stopPropagation()
    setBusy(true)
    const now = new Date().toISOString()
    const res = await fetch(`/api/registrations/${(rowData as { id: number }).id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ checkedInAt: now }),
    })
    setBusy(false)
    if (res.ok) {
      setAt(now)
      router.refresh()
    }
  }
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={checkIn} data-testid="check-in">
      受付 / Check in
    </button>
  )
}
