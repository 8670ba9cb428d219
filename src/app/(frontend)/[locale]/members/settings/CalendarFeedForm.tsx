'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { usePermalink } from '@/components/forms/usePermalink'

import { type CalendarFeedState, calendarFeedAction } from './calendarActions'

/** The personal calendar feed: shows the secret URL, and creates, replaces or revokes it. */
export function CalendarFeedForm({ token, origin }: { token: string | null; origin: string }) {
  const t = useTranslations('calendarFeed')
  const [state, action, pending] = useActionState<CalendarFeedState, FormData>(calendarFeedAction, { token, message: null }, usePermalink('/members/settings'))
  const url = state.token ? `${origin}/calendar/${state.token}.ics` : null
  const button = 'rounded-md border border-line bg-white px-4 py-2 font-semibold text-ai hover:border-ai disabled:opacity-60'
  return (
    <form action={action} className="space-y-3">
      <p>{t('body')}</p>
      {url ? (
        <label className="block">
          <span className="text-sm font-semibold">{t('url')}</span>
          <input readOnly value={url} className="mt-1 w-full rounded-md border border-line px-3 py-2 font-mono text-sm" data-testid="calendar-feed-url" onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : (
        <p className="text-muted">{t('none')}</p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="action" value="rotate" disabled={pending} className={button}>
          {url ? t('rotate') : t('create')}
        </button>
        {url && (
          <button type="submit" name="action" value="revoke" disabled={pending} className={`${button} text-shu`}>
            {t('revoke')}
          </button>
        )}
      </div>
      {state.message && (
        <p role={state.message === 'failed' ? 'alert' : 'status'} className={state.message === 'failed' ? 'text-shu' : 'text-ai'}>
          {t(state.message)}
        </p>
      )}
    </form>
  )
}
