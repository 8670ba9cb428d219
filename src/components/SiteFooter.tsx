import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale })
  return (
    <footer className="mt-24 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-5 py-10 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          <span className="font-serif font-bold text-ai">縁</span> {t('site.footerNote')}
        </p>
        <ul className="flex gap-5">
          <li><Link href="/case-studies">{t('nav.caseStudies')}</Link></li>
          <li><Link href="/events">{t('nav.events')}</Link></li>
          <li><Link href="/news">{t('nav.news')}</Link></li>
          <li><Link href="/privacy">{t('site.privacy')}</Link></li>
        </ul>
      </div>
    </footer>
  )
}
