'use client'

import { usePathname } from 'next/navigation'

import { routing, type Locale } from '@/i18n/routing'

/** The same page in the other language: Japanese paths have no prefix, English ones `/en`. */
const pathIn = (pathname: string, target: Locale): string => {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  return target === routing.defaultLocale ? bare : `/${target}${bare === '/' ? '' : bare}`
}

export function LocaleSwitcher({ locale, label, text }: { locale: Locale; label: string; text: string }) {
  const pathname = usePathname() ?? '/'
  const target: Locale = locale === 'ja' ? 'en' : 'ja'
  return (
    <a
      href={pathIn(pathname, target)}
      hrefLang={target}
      className="rounded-full border border-line px-3 py-1 text-sm hover:border-ai hover:text-ai"
    >
      <span className="sr-only">{label}: </span>
      <span lang={target}>{text}</span>
    </a>
  )
}
