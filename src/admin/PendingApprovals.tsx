import type { Payload, Where } from 'payload'

/** Verified registrations waiting for a decision: the approval queue. */
export const APPROVAL_QUEUE: Where = {
  and: [{ status: { equals: 'pending' } }, { _verified: { equals: true } }],
}

/** The list view URL showing the queue (Payload's list reads `where` from the query string). */
export const approvalQueueUrl = (adminRoute: string): string =>
  `${adminRoute}/collections/alumni?where[and][0][status][equals]=pending&where[and][1][_verified][equals]=true&sort=createdAt`

const TEXT = {
  ja: { title: '承認待ち', count: (n: number) => `${n}件`, open: '一覧を開く', none: '承認待ちの登録はありません。', hint: 'メールアドレス確認済みの登録です。1件ずつ開いてステータスを変えるか、一覧で選んで「編集」からまとめて承認・却下できます（審査メッセージは本人へのメールに記載されます）。' },
  en: { title: 'Waiting for approval', count: (n: number) => `${n}`, open: 'Open the list', none: 'No registrations are waiting.', hint: 'Registrations with a confirmed email address. Open one and change its status, or select several in the list and use “Edit” to approve or reject them together (the review message goes into the email to each person).' },
}

/**
 * "承認待ち N件" with a link to the filtered alumni list, on the dashboard and above the
 * alumni list. A Payload admin server component: it gets the Local API and the admin language.
 */
export async function PendingApprovals({ payload, i18n }: { payload: Payload; i18n?: { language?: string } }) {
  const text = i18n?.language === 'en' ? TEXT.en : TEXT.ja
  const { totalDocs } = await payload.count({ collection: 'alumni', where: APPROVAL_QUEUE, overrideAccess: true })
  return (
    <section
      aria-label={text.title}
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
        {text.title} <span data-testid="pending-approvals-count">{text.count(totalDocs)}</span>
        {totalDocs > 0 && (
          <>
            {' · '}
            <a href={approvalQueueUrl(payload.config.routes.admin)} style={{ textDecoration: 'underline' }}>
              {text.open}
            </a>
          </>
        )}
      </p>
      <p style={{ margin: '6px 0 0', fontSize: 13, color: 'var(--theme-elevation-600)' }}>
        {totalDocs > 0 ? text.hint : text.none}
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
