import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { getViewer } from '@/auth/viewer'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'

import { logoutAction } from './actions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'logout' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Signing out is a POST (a button), never a GET: a link or an image on another site must not
 * be able to end someone's session, and link prefetching must not either.
 */
export default async function Logout({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const [t, viewer] = await Promise.all([getTranslations({ locale, namespace: 'logout' }), getViewer()])
  return (
    <div className="mx-auto max-w-md px-5 py-14">
      {viewer ? (
        <>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-3 text-muted">{t('confirm')}</p>
          <form action={logoutAction} className="mt-8">
            <input type="hidden" name="locale" value={locale} />
            <button
              type="submit"
              className="rounded-md bg-ai px-6 py-2.5 font-semibold text-white transition-colors hover:bg-ai-dark"
            >
              {t('submit')}
            </button>
          </form>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold">{t('doneTitle')}</h1>
          <p className="mt-3 text-muted">{t('doneBody')}</p>
          <ul className="mt-8 flex gap-6 text-sm">
            <li>
              <Link href="/login" className="text-ai underline">
                {t('signInAgain')}
              </Link>
            </li>
            <li>
              <Link href="/" className="text-ai underline">
                {t('home')}
              </Link>
            </li>
          </ul>
        </>
      )}
    </div>
  )
}
