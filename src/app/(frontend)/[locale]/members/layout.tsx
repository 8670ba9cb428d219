import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'

/**
 * The members area's frame. It reads no session itself: each page calls requireMember or
 * requireViewer (src/auth/viewer.ts), which redirects visitors to /login?next=….
 */
export default async function MembersLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'membersNav' })
  const items = [
    { href: '/members', label: t('home') },
    { href: '/members/directory', label: t('directory') },
    { href: '/members/news', label: t('news') },
    { href: '/members/opportunities', label: t('opportunities') },
    { href: '/members/profile', label: t('profile') },
    { href: '/members/settings', label: t('settings') },
    { href: '/members/feedback', label: t('feedback') },
  ] as const
  return (
    <div className="mx-auto max-w-6xl px-5 py-10">
      <nav aria-label={t('label')} className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line pb-4 text-sm">
        {items.map((item) => (
          <Link key={item.href} href={item.href} className="hover:text-ai">
            {item.label}
          </Link>
        ))}
        <Link href="/logout" className="ml-auto text-muted hover:text-ai" prefetch={false}>
          {t('logout')}
        </Link>
      </nav>
      {children}
    </div>
  )
}
