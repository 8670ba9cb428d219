import type { CollectionConfig } from 'payload'

import { publishableAccess, publishableVersions } from '@/access'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { revalidateOnChange } from '@/cache/expire'
import { CACHE_TAGS } from '@/cache/tags'
import { l } from '@/lib/label'
import { AUDIENCES } from '@/lib/options'

import { targetingField } from './fields/targeting'
import { queueAnnouncementMail } from './hooks/queueMail'

const revalidate = revalidateOnChange([CACHE_TAGS.announcements])

/**
 * News for the public and closed announcements for members. Pinned ones come first. When one
 * is first published, the targeted members who want announcement mail are emailed
 * (hooks/queueMail.ts, docs/announcements.md).
 */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  labels: { singular: l('お知らせ', 'Announcement'), plural: l('お知らせ', 'Announcements') },
  access: publishableAccess({ audience: true }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'pinned', '_status', 'publishedAt'],
    group: l('コンテンツ', 'Content'),
  },
  defaultSort: '-publishedAt',
  versions: publishableVersions,
  hooks: { ...revalidate, afterChange: [...revalidate.afterChange, queueAnnouncementMail] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('タイトル', 'Title') },
    slugField(),
    publishedAtField(),
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [...AUDIENCES],
      label: l('公開範囲', 'Audience'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('上部に固定', 'Pinned'),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: l('概要', 'Summary') },
    { name: 'body', type: 'richText', required: true, localized: true, label: l('本文', 'Body') },
    targetingField,
  ],
}
