'use client'

import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useState } from 'react'

import type { RsvpView } from '@/events/rsvp'

type Props = { eventId: number; signInHref: string }

type Failure = 'notAllowed' | 'notFound' | 'closed' | 'notRegistered' | 'failed'

/**
 * Register, join the waiting list, cancel. The event page itself is a cached public page, so
 * the viewer's own state is fetched here from `/api/events/:id/rsvp` with their session cookie;
 * the seat logic runs on the server (src/events/rsvp.ts).
 */
export function RsvpPanel({ eventId, signInHref }: Props) {
  const t = useTranslations('rsvp')
  const [view, setView] = useState<RsvpView | null | 'visitor' | 'ineligible'>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [notice, setNotice] = useState<'cancelled' | null>(null)
  const url = `/api/events/${eventId}/rsvp`

  const load = useCallback(async () => {
    const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' })
    if (!res.ok) return setView('visitor')
    const next = (await res.json()) as RsvpView
    setView(next.eligible ? next : next.signedIn ? 'ineligible' : 'visitor')
  }, [url])

  useEffect(() => {
    // Fetch the viewer's state once the panel is on screen.
    void load().catch(() => setView('visitor'))
  }, [load])

  const act = async (method: 'POST' | 'DELETE') => {
    setBusy(true)
    setFailure(null)
    setNotice(null)
    try {
      const res = await fetch(url, { method, credentials: 'same-origin' })
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { reason?: Failure }
        setFailure(body.reason ?? 'failed')
      } else if (method === 'DELETE') {
        setNotice('cancelled')
      }
      await load()
    } catch {
      setFailure('failed')
    } finally {
      setBusy(false)
    }
  }

  const button = (label: string, method: 'POST' | 'DELETE', tone: 'primary' | 'secondary') => (
    <button
      type="button"
      disabled={busy}
      onClick={() => void act(method)}
      className={
        tone === 'primary'
          ? 'rounded-md bg-ai px-5 py-2.5 font-semibold text-white hover:bg-ai/90 disabled:opacity-60'
          : 'rounded-md border border-line bg-white px-5 py-2.5 font-semibold text-shu hover:border-shu disabled:opacity-60'
      }
    >
      {label}
    </button>
  )

  let body: React.ReactNode
  if (view === null) body = <p className="text-muted">{t('loading')}</p>
  else if (view === 'visitor')
    body = (
      <p>
        {t('signIn')}{' '}
        <a href={signInHref} className="font-semibold text-ai underline">
          {t('signInLink')}
        </a>
      </p>
    )
  else if (view === 'ineligible') body = <p>{t('notApproved')}</p>
  else if (view.status === 'confirmed')
    body = (
      <>
        <p className="font-semibold" data-testid="rsvp-status">
          {t('confirmed')}
        </p>
        {view.onlineUrl && (
          <p>
            {t('onlineLink')}:{' '}
            <a href={view.onlineUrl} className="break-all text-ai underline" rel="noopener noreferrer" target="_blank">
              {view.onlineUrl}
            </a>
          </p>
        )}
        {button(t('cancel'), 'DELETE', 'secondary')}
      </>
    )
  else if (view.status === 'waitlisted')
    body = (
      <>
        <p className="font-semibold" data-testid="rsvp-status">
          {t('waitlisted', { position: view.position ?? 0 })}
        </p>
        {button(t('leaveWaitlist'), 'DELETE', 'secondary')}
      </>
    )
  else if (!view.open) body = <p data-testid="rsvp-status">{t('closed')}</p>
  else {
    const full = view.seatsLeft === 0
    body = (
      <>
        {notice === 'cancelled' && <p data-testid="rsvp-status">{t('cancelled')}</p>}
        {full && <p>{t('fullNote', { waiting: view.waiting })}</p>}
        {button(full ? t('joinWaitlist') : t('register'), 'POST', 'primary')}
      </>
    )
  }

  return (
    <section aria-labelledby="rsvp-title" className="mt-8 rounded-xl border border-ai/30 bg-ai/5 p-6">
      <h2 id="rsvp-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <div className="mt-3 space-y-3" aria-live="polite">
        {body}
        {failure && (
          <p role="alert" className="text-shu">
            {failure === 'failed' ? t('failed') : t(`errors.${failure}`)}
          </p>
        )}
      </div>
    </section>
  )
}
