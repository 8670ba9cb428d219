import { getTranslations } from 'next-intl/server'

import type { Viewer } from '@/auth/viewer'
import { Notice } from '@/components/forms/Notice'
import { doneParam, problemParam } from '@/components/collaboration/notice'
import { buttonClass, controlClass, labelClass, quietButtonClass } from '@/components/forms/styles'
import { Pagination } from '@/components/Pagination'
import { listUpdates, REACTION_VALUES } from '@/data/updates'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatDateTime } from '@/lib/format'
import { REPORT_REASONS } from '@/lib/options'

const UPDATE_MAX = 500

/** The server actions the feed's forms post to; the page that shows the feed passes its own. */
export type UpdateActions = Record<'post' | 'react' | 'report' | 'remove', (form: FormData) => Promise<void>>

/**
 * The members' feed on the members home: the form to post (approved alumni), then the updates,
 * newest first, each with its reactions (one per member, toggled), a report form and, for its
 * author, a delete button. Plain forms posting to server actions: they work without JavaScript.
 */
export async function UpdatesFeed({
  locale,
  viewer,
  page,
  done,
  error,
  actions,
}: {
  locale: Locale
  viewer: Viewer
  page: number
  done?: string
  error?: string
  actions: UpdateActions
}) {
  const [t, feed] = await Promise.all([getTranslations({ locale, namespace: 'updates' }), listUpdates(viewer, { page })])
  const alumnus = viewer.collection === 'alumni'
  const doneKey = doneParam(done, ['posted', 'reported', 'deleted'] as const)
  const problem = problemParam(error)
  const hidden = (name: string, value: string | number) => <input type="hidden" name={name} value={value} />
  const common = (
    <>
      {hidden('locale', locale)}
      {hidden('page', page)}
    </>
  )
  return (
    <section id="updates" aria-labelledby="updates-title" className="mt-10">
      <h2 id="updates-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('lead')}</p>
      <Notice
        done={doneKey === 'posted' ? t('posted') : doneKey === 'reported' ? t('reportDone') : doneKey === 'deleted' ? t('deleted') : null}
        error={problem ? t(`errors.${problem}`) : null}
      />
      {alumnus && (
        <form action={actions.post} className="mt-6 space-y-3 rounded-xl border border-line bg-white p-5">
          {common}
          <label className={labelClass}>
            <span className="sr-only">{t('body')}</span>
            <textarea name="body" required maxLength={UPDATE_MAX} rows={3} placeholder={t('placeholder')} className={controlClass} />
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className={labelClass}>
              {t('link')}
              <input type="url" name="link" maxLength={500} placeholder="https://" className={controlClass} />
            </label>
            <label className={labelClass}>
              {t('image')}
              <input type="file" name="image" accept="image/jpeg,image/png,image/webp,image/avif" className="mt-1.5 block text-sm" />
            </label>
          </div>
          <button type="submit" className={buttonClass}>
            {t('post')}
          </button>
        </form>
      )}
      {feed.items.length ? (
        <ol className="mt-6 space-y-4">
          {feed.items.map((item) => (
            <li key={item.id} id={`update-${item.id}`}>
              <article aria-label={item.author?.name} className="rounded-xl border border-line bg-white p-5">
                <header className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  {item.author ? (
                    <Link href={`/members/alumni/${item.author.id}`} className="font-bold text-ai hover:underline">
                      {item.author.name}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <time dateTime={item.createdAt} className="text-muted">
                    {formatDateTime(item.createdAt, locale)}
                  </time>
                </header>
                {item.hidden && <p className="mt-2 text-xs font-semibold text-shu">{t('hidden')}</p>}
                <p className="mt-3 whitespace-pre-line">{item.body}</p>
                {item.link && (
                  <p className="mt-2 text-sm">
                    <a href={item.link} rel="nofollow noopener noreferrer ugc" target="_blank" className="break-all text-ai underline">
                      {item.link}
                    </a>
                  </p>
                )}
                {item.image && (
                  // eslint-disable-next-line @next/next/no-img-element -- members-only file, served with the session cookie (see AlumniPhoto).
                  <img
                    src={item.image.url}
                    alt={t('imageAlt', { name: item.author?.name ?? '' })}
                    width={item.image.width ?? undefined}
                    height={item.image.height ?? undefined}
                    loading="lazy"
                    className="mt-3 max-h-96 w-auto rounded-md"
                  />
                )}
                <footer className="mt-4 flex flex-wrap items-center gap-2">
                  {REACTION_VALUES.map((kind) => {
                    const label = t('reactLabel', { reaction: t(`react.${kind}`), count: item.counts[kind] })
                    return alumnus && !item.hidden ? (
                      <form key={kind} action={actions.react}>
                        {common}
                        {hidden('id', item.id)}
                        {hidden('kind', kind)}
                        <button
                          type="submit"
                          aria-pressed={item.myReaction === kind}
                          className={`${quietButtonClass} ${item.myReaction === kind ? 'border-ai bg-ai/10 text-ai' : ''}`}
                        >
                          {label}
                        </button>
                      </form>
                    ) : (
                      <span key={kind} className="rounded-full border border-line px-3 py-1 text-sm text-muted">
                        {label}
                      </span>
                    )
                  })}
                  {item.mine && (
                    <form action={actions.remove} className="ml-auto">
                      {common}
                      {hidden('id', item.id)}
                      <button type="submit" className={quietButtonClass}>
                        {t('delete')}
                      </button>
                    </form>
                  )}
                  {alumnus && !item.mine && !item.hidden && (
                    <div className="ml-auto text-sm">
                      {item.reported ? (
                        <span className="text-muted">{t('reported')}</span>
                      ) : (
                        <details>
                          <summary className="cursor-pointer text-muted hover:text-shu">{t('report')}</summary>
                          <form action={actions.report} className="mt-2 space-y-2">
                            {common}
                            {hidden('id', item.id)}
                            <label className={labelClass}>
                              {t('reportReason')}
                              <select name="reason" required className={controlClass}>
                                {REPORT_REASONS.map((r) => (
                                  <option key={r.value} value={r.value}>
                                    {t(`reasons.${r.value}`)}
                                  </option>
                                ))}
                              </select>
                            </label>
                            <label className={labelClass}>
                              {t('reportNote')}
                              <textarea name="note" maxLength={500} rows={2} className={controlClass} />
                            </label>
                            <button type="submit" className={quietButtonClass}>
                              {t('reportSend')}
                            </button>
                          </form>
                        </details>
                      )}
                    </div>
                  )}
                </footer>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-6 text-muted">{t('empty')}</p>
      )}
      <Pagination pathname="/members" page={feed.page} totalPages={feed.totalPages} />
    </section>
  )
}
