import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { getAnnouncement } from '@/data/announcements'
import { pageMetadata } from '@/seo/metadata'
import { localeParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 60
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const { slug } = await params
  const item = await getAnnouncement({ slug, locale })
  return item ? pageMetadata({ locale, path: `/news/${slug}`, title: item.title, description: item.summary }) : {}
}

export default async function NewsItem({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const item = await getAnnouncement({ slug: (await params).slug, locale })
  if (!item) notFound()
  return (
    <article className="mx-auto max-w-3xl px-5 py-14">
      {item.publishedAt && (
        <time dateTime={item.publishedAt} className="text-sm text-muted">
          {formatDate(item.publishedAt, locale)}
        </time>
      )}
      <h1 className="mt-2 font-serif text-3xl leading-snug font-bold">{item.title}</h1>
      <RichText data={item.body} className="mt-8 text-[17px]" />
    </article>
  )
}
