import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '@/access'
import { slugField } from '@/fields/slug'
import { revalidateOnChange } from '@/cache/expire'
import { CACHE_TAGS } from '@/cache/tags'
import { l } from '@/lib/label'
import { INDUSTRIES } from '@/lib/options'

/** Organisations that case studies are about. Public reference data. */
export const Companies: CollectionConfig = {
  slug: 'companies',
  labels: { singular: l('企業', 'Company'), plural: l('企業', 'Companies') },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'industry', 'slug'], group: l('コンテンツ', 'Content') },
  hooks: revalidateOnChange([CACHE_TAGS.companies, CACHE_TAGS.interviews]),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: l('企業名', 'Name') },
    slugField(),
    { name: 'logo', type: 'upload', relationTo: 'media', label: l('ロゴ', 'Logo') },
    { name: 'industry', type: 'select', options: [...INDUSTRIES], label: l('業界', 'Industry') },
    { name: 'summary', type: 'textarea', localized: true, label: l('概要', 'Summary') },
    { name: 'website', type: 'text', label: l('Webサイト', 'Website') },
    {
      name: 'alumniNetworkUrl',
      type: 'text',
      label: l('アルムナイネットワーク登録URL', 'Alumni network sign-up URL'),
    },
  ],
}
