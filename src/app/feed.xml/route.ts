import { Feed } from 'feed'

import { listInterviews } from '@/data/interviews'
import { absoluteUrl, siteUrl } from '@/lib/site'

export const revalidate = 60

/** RSS 2.0 of the latest published case studies (Japanese), with absolute URLs. */
export async function GET() {
  const { docs } = await listInterviews({ locale: 'ja', page: 1 })
  const feed = new Feed({
    title: 'Enishi — 企業事例',
    description: '企業とアルムナイ（退職者）が共につくる関係を、インタビューで紹介します。',
    id: absoluteUrl('/case-studies', 'ja'),
    link: absoluteUrl('/case-studies', 'ja'),
    language: 'ja',
    copyright: 'Enishi',
    feedLinks: { rss: `${siteUrl()}/feed.xml` },
    updated: docs[0]?.publishedAt ? new Date(docs[0].publishedAt) : undefined,
  })
  for (const doc of docs) {
    const url = absoluteUrl(`/case-studies/${doc.slug}`, 'ja')
    feed.addItem({
      title: doc.title,
      id: url,
      link: url,
      description: doc.lead,
      date: new Date(doc.publishedAt ?? doc.updatedAt),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
