import type { CollectionConfig } from 'payload'

import { publishableAccess, publishableVersions } from '@/access'
import { importInterviewEndpoint } from '@/importer/endpoint'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { revalidateOnChange } from '@/cache/expire'
import { CACHE_TAGS } from '@/cache/tags'
import { l } from '@/lib/label'
import { adminPreview } from '@/preview/url'

import { interviewBlocks } from './blocks'

/** Corporate alumni case studies: structured Q&A interviews. */
export const Interviews: CollectionConfig = {
  slug: 'interviews',
  labels: { singular: l('インタビュー', 'Interview'), plural: l('インタビュー', 'Interviews') },
  access: publishableAccess({ audience: false }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', '_status', 'publishedAt'],
    group: l('コンテンツ', 'Content'),
    components: { beforeListTable: ['/src/admin/importer/ImportButton#ImportButton'] },
    // Live preview beside the form, and a "Preview" link to share: both open the draft.
    ...adminPreview('interviews'),
  },
  // POST /api/interviews/import: transcript text → preview or draft (src/importer).
  endpoints: [importInterviewEndpoint],
  defaultSort: '-publishedAt',
  versions: publishableVersions,
  hooks: revalidateOnChange([CACHE_TAGS.interviews]),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('タイトル', 'Title') },
    slugField(),
    publishedAtField(),
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      index: true,
      label: l('企業', 'Company'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'series',
      type: 'text',
      localized: true,
      label: l('連載名', 'Series'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      maxLength: 50,
      label: l('タグ', 'Tags'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'interviewDate',
      type: 'date',
      label: l('取材日', 'Interview date'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'lead', type: 'textarea', required: true, localized: true, label: l('リード文', 'Lead') },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: l('メイン画像', 'Hero image') },
    {
      name: 'interviewees',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 10,
      label: l('インタビュイー', 'Interviewees'),
      labels: { singular: l('インタビュイー', 'Interviewee'), plural: l('インタビュイー', 'Interviewees') },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: l('氏名', 'Name') },
            { name: 'organization', type: 'text', localized: true, label: l('所属', 'Organisation') },
            { name: 'role', type: 'text', localized: true, label: l('役職', 'Role') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'isAlumni', type: 'checkbox', label: l('アルムナイ', 'Alumni') },
            {
              name: 'alumnus',
              type: 'relationship',
              relationTo: 'alumni',
              label: l('アルムナイのプロフィール', 'Alumni profile'),
              admin: { condition: (_, sibling) => Boolean(sibling?.isAlumni) },
            },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: l('写真', 'Photo') },
      ],
    },
    {
      name: 'body',
      type: 'blocks',
      localized: true,
      required: true,
      minRows: 1,
      // A long interview runs to a few hundred questions, answers and paragraphs.
      maxRows: 500,
      label: l('本文', 'Body'),
      blocks: interviewBlocks,
    },
  ],
}
