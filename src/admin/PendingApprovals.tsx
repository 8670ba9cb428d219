import type { Payload, Where } from 'payload'

import { adminLocale, translator } from '@/i18n/translator'

/** Verified registrations waiting for a decision: the approval queue. */
export const APPROVAL_QUEUE: Where = {
  and: [{ status: { equals: 'pending' } }, { _verified: { equals: true } }],
}

/** The list view URL showing the queue (Payload's list reads `where` from the query string). */
export const approvalQueueUrl = (adminRoute: string): string =>
  `${adminRoute}/collections/alumni?where[and][0][status][equals]=pending&where[and][1][_verified][equals]=true&sort=createdAt`

/**
 * "承認待ち N件" with a link to the filtered alumni list, on the dashboard and above the
 * alumni list. A Payload admin server component: it gets the Local API and the admin language.
 */
export async function PendingApprovals({ payload, i18n }: { payload: Payload; i18n?: { language?: string } }) {
  const t = translator(adminLocale(i18n), 'pendingApprovals')
  const { totalDocs } = await payload.count({ collection: 'alumni', where: APPROVAL_QUEUE, overrideAccess: true })
  return (
    <section
      aria-label={t('title')}
      style={{
        margin: '0 0 24px',
        padding: '16px 20px',
        border: '1px solid var(--theme-elevation-150)',
        borderLeft: `4px solid ${totalDocs ? '#c2452d' : 'var(--theme-elevation-150)'}`,
        borderRadius: 4,
        background: 'var(--theme-elevation-0)',
      }}
    >
      <p style={{ margin: 0, fontSize: 18, fontWeight: 600 }}>
        {t('title')} <span data-testid="pending-approvals-count">{t('count', { count: totalDocs })}</span>
        {totalDocs > 0 && (
          <>
            {' · '}
            <a href={approvalQueueUrl(payload.config.routes.admin)} style={{ textDecoration: 'underline' }}>
              {t('open')}
            </a>
          </>
        )}
      </p>
      <p style={{ margin: '6px 0 0', fontSize: 13, color: 'var(--theme-elevation-600)' }}>
        {totalDocs > 0 ? t('hint') : t('none')}
      </p>
    </section>
  )
}

/** The same, above the alumni list, which (unlike the dashboard) leaves the page margins to its parts. */
export async function PendingApprovalsBeforeList(props: { payload: Payload; i18n?: { language?: string } }) {
  return (
    <div className="gutter--left gutter--right" style={{ marginTop: 24 }}>
      <PendingApprovals {...props} />
    </div>
  )
}
