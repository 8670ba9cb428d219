import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'
import { contactEmail } from '@/lib/contact'
import type { Alumnus } from '@/payload-types'

const COPY = {
  pending: { title: 'pendingTitle', body: 'pendingBody', next: 'pendingNext' },
  rejected: { title: 'rejectedTitle', body: 'rejectedBody', next: null },
  suspended: { title: 'suspendedTitle', body: 'suspendedBody', next: null },
} as const

/** What a signed-in alumnus who may not enter the members area sees instead: their status. */
export async function MembershipStatus({ locale, status }: { locale: Locale; status: Exclude<Alumnus['status'], 'approved'> }) {
  const t = await getTranslations({ locale, namespace: 'membersHome' })
  const copy = COPY[status]
  const email = contactEmail()
  return (
    <section aria-labelledby="membership-status" data-status={status} className="max-w-2xl rounded-xl border border-line bg-white p-8">
      <h1 id="membership-status" className="text-2xl font-bold">
        {t(copy.title)}
      </h1>
      <p className="mt-4">{t(copy.body)}</p>
      {copy.next && <p className="mt-3 text-muted">{t(copy.next)}</p>}
      <p className="mt-6 text-sm">
        {t.rich('contact', {
          email,
          link: (chunks) => (
            <a href={`mailto:${email}`} className="text-ai underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    </section>
  )
}
