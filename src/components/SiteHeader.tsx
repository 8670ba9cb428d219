import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

import { LocaleSwitcher } from './LocaleSwitcher'
import { SearchForm } from './search/SearchForm'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale })
  const nav = [
    { href: '/case-studies', label: t('nav.caseStudies') },
    { href: '/events', label: t('nav.events') },
    { href: '/news', label: t('nav.news') },
  ] as const
  return (
    <header className="border-b border-line bg-white/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-5 py-4">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="font-serif text-2xl font-bold text-ai">縁</span>
          <span className="text-lg font-semibold tracking-wide">{t('site.name')}</span>
        </Link>
        <nav aria-label={t('site.mainNav')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-6 text-[15px]">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-ai">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <SearchForm locale={locale} compact />
          <Link href="/members" prefetch={false} className="text-sm hover:text-ai">
            {t('nav.members')}
          </Link>
          <LocaleSwitcher locale={locale} label={t('site.language')} text={t('site.switchTo')} />
        </div>
      </div>
    </header>
  )
}
