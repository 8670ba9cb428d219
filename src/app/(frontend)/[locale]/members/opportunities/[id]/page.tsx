import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { isOpen } from '@/collaboration/opportunityState'
import { Notice } from '@/components/forms/Notice'
import { doneParam, problemParam } from '@/components/collaboration/notice'
import { buttonClass, controlClass, labelClass, quietButtonClass } from '@/components/forms/styles'
import { getOpportunity, listInterests, posterOf } from '@/data/opportunities'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'
import { INDUSTRIES, OPPORTUNITY_OUTCOMES } from '@/lib/options'

import { closeAction, interestAction } from '../actions'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ error?: string; done?: string }> }

const idParam = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * One opportunity: its description and contact, "I'm interested" for other alumni, and for the
 * poster and staff the list of interested members and the form that closes it with an outcome.
 */
export default async function OpportunityPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const { id: raw } = await params
  const viewer = await requireMember(locale, `/members/opportunities/${raw}`)
  const id = idParam(raw)
  const doc = id ? await getOpportunity(viewer, id) : null
  if (!doc) notFound()
  const [t, interests, query] = await Promise.all([
    getTranslations({ locale, namespace: 'opportunities' }),
    listInterests(viewer, doc.id),
    searchParams,
  ])
  const poster = posterOf(doc)
  const isPoster =
    viewer.collection === 'alumni' ? poster?.alumnusId === viewer.id : (typeof doc.postedByStaff === 'object' ? doc.postedByStaff?.id : doc.postedByStaff) === viewer.id
  const staff = viewer.collection === 'users'
  const seesInterests = isPoster || staff
  const mine = viewer.collection === 'alumni' && interests.some((i) => (typeof i.alumnus === 'object' ? i.alumnus.id : i.alumnus) === viewer.id)
  const open = isOpen(doc)
  const industry = INDUSTRIES.find((i) => i.value === doc.industry)?.label[locale]
  const error = problemParam(query.error)
  const done = doneParam(query.done, ['posted', 'interested', 'closed'] as const)
  const doneText = done === 'interested' ? t('interestSent') : null

  return (
    <article className="max-w-3xl">
      <Link href="/members/opportunities" className="text-sm text-ai hover:underline">
        {t('back')}
      </Link>
      <p className="mt-6 text-sm font-semibold text-shu">
        {t(`kinds.${doc.kind}`)}
        {industry ? ` · ${industry}` : ''}
      </p>
      <h1 className="mt-2 text-3xl font-bold">{doc.title}</h1>
      <p className="mt-3 text-sm text-muted">
        {doc.deadline ? t('deadline', { date: formatDate(doc.deadline, locale) }) : t('noDeadline')}
        {poster ? ` · ${t('postedBy', { name: poster.name })}` : ''}
      </p>
      <Notice done={doneText} error={error ? t(`errors.${error}`) : null} />
      {doc.hidden && <p className="mt-4 text-sm font-semibold text-shu">{t('hiddenNote')}</p>}
      {doc.status === 'closed' && (
        <p className="mt-4 rounded-md bg-line/40 px-4 py-3 text-sm">{t('closedNote', { outcome: t(`outcome.${doc.outcome ?? 'notMatched'}`) })}</p>
      )}
      {doc.status === 'open' && !open && <p className="mt-4 rounded-md bg-line/40 px-4 py-3 text-sm">{t('pastDeadline')}</p>}

      <h2 className="mt-8 text-lg font-bold">{t('description')}</h2>
      <p className="mt-2 whitespace-pre-line">{doc.description}</p>
      <h2 className="mt-8 text-lg font-bold">{t('contact')}</h2>
      <p className="mt-2 whitespace-pre-line">{doc.contact}</p>

      {viewer.collection === 'alumni' && !isPoster && open && (
        <section className="mt-10 rounded-xl border border-line bg-white p-6">
          {mine ? (
            <p role="status" className="font-semibold text-ai">
              {t('alreadyInterested')}
            </p>
          ) : (
            <form action={interestAction} className="space-y-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={doc.id} />
              <label className={labelClass}>
                {t('interestMessage')}
                <textarea name="message" maxLength={1000} rows={3} className={controlClass} />
              </label>
              <button type="submit" className={buttonClass}>
                {t('interested')}
              </button>
            </form>
          )}
        </section>
      )}

      {seesInterests && (
        <section className="mt-10">
          <h2 className="text-lg font-bold">{t('interests', { count: interests.length })}</h2>
          <p className="mt-1 text-xs text-muted">{t('interestsPrivate')}</p>
          {interests.length ? (
            <ul className="mt-4 divide-y divide-line rounded-xl border border-line bg-white">
              {interests.map((interest) => {
                const person = typeof interest.alumnus === 'object' ? interest.alumnus : null
                return (
                  <li key={interest.id} className="px-5 py-3">
                    {person ? (
                      <Link href={`/members/alumni/${person.id}`} className="font-semibold text-ai hover:underline">
                        {person.name}
                      </Link>
                    ) : null}
                    {person?.currentOrganization ? <span className="ml-2 text-sm text-muted">{person.currentOrganization}</span> : null}
                    {interest.message ? <p className="mt-1 whitespace-pre-line text-sm">{interest.message}</p> : null}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="mt-4 text-muted">{t('noInterests')}</p>
          )}
        </section>
      )}

      {(isPoster || staff) && doc.status === 'open' && (
        <form action={closeAction} className="mt-10 flex flex-wrap items-end gap-4 rounded-xl border border-line bg-white p-6">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={doc.id} />
          <label className={labelClass}>
            {t('closeOutcome')}
            <select name="outcome" required className={controlClass}>
              {OPPORTUNITY_OUTCOMES.map((o) => (
                <option key={o.value} value={o.value}>
                  {t(`outcome.${o.value}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={quietButtonClass}>
            {t('close')}
          </button>
        </form>
      )}
    </article>
  )
}
