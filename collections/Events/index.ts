import type { CollectionConfig } from 'payload'

import { publishableAccess, publishableVersions } from '@/access'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { revalidateOnChange } from '@/cache/expire'
import { CACHE_TAGS } from '@/cache/tags'
import { l } from '@/lib/label'
import { AUDIENCES } from '@/lib/options'

import { readOnlineUrl } from './access'
import { eventEndpoints } from './endpoints'
import { promoteOnCapacityChange } from './hooks'

/** Events for alumni; public ones are listed for visitors too. Times carry their time zone. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: l('イベント', 'Event'), plural: l('イベント', 'Events') },
  access: publishableAccess({ audience: true }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'audience', 'capacity', '_status'],
    group: l('コンテンツ', 'Content'),
  },
  defaultSort: 'startsAt',
  versions: publishableVersions,
  hooks: {
    ...revalidateOnChange([CACHE_TAGS.events]),
    afterChange: [promoteOnCapacityChange, ...revalidateOnChange([CACHE_TAGS.events]).afterChange],
  },
  endpoints: eventEndpoints,
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
    { name: 'summary', type: 'textarea', localized: true, label: l('概要', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: l('詳細', 'Description') },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: l('メイン画像', 'Hero image') },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          label: l('開始', 'Starts'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          timezone: true,
          label: l('終了', 'Ends'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) =>
            !value || !siblingData?.startsAt || new Date(value as string) > new Date(siblingData.startsAt as string)
              ? true
              : 'The end must be after the start',
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      label: l('会場', 'Venue'),
      fields: [
        { name: 'name', type: 'text', localized: true, label: l('会場名', 'Name') },
        { name: 'address', type: 'text', localized: true, label: l('住所', 'Address') },
      ],
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: l('オンライン参加URL（参加確定者とスタッフのみ表示）', 'Online link (confirmed attendees and staff only)'),
      access: { read: readOnlineUrl },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          label: l('定員', 'Capacity'),
          admin: { description: l('空欄は定員なし', 'Leave empty for no limit') },
        },
        {
          name: 'registrationDeadline',
          type: 'date',
          label: l('申込締切', 'Registration deadline'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // Counts by status, links to the filtered list and the CSV export (staff only).
      name: 'attendees',
      type: 'ui',
      label: l('参加者', 'Attendees'),
      admin: { components: { Field: '/src/admin/EventAttendees#EventAttendees' } },
    },
  ],
}
