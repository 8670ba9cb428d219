import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

export default async function NotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="mx-auto max-w-2xl px-5 py-24 text-center">
      <p className="font-serif text-6xl text-ai">404</p>
      <h1 className="mt-6 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-muted">{t('body')}</p>
      <Link href="/" className="mt-8 inline-block rounded-full bg-ai px-6 py-2 text-white hover:bg-ai-dark">
        {t('home')}
      </Link>
    </div>
  )
}
