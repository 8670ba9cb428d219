import { type GroupField, type NumberFieldSingleValidation, validations } from 'payload'

import { staffField } from '@/access'
import { l } from '@/lib/label'
import { INDUSTRIES, OPEN_TO } from '@/lib/options'
import { FIRST_YEAR } from '@/text/rules'

const year = (name: 'joinedFrom' | 'joinedTo', label: ReturnType<typeof l>) =>
  ({ name, type: 'number', min: FIRST_YEAR, max: 2100, label }) as const

/**
 * Who is emailed when the announcement is published (src/announcements/recipients.ts). Each
 * filled-in condition narrows the recipients; a condition left empty does not. Within one
 * condition any ticked option matches. It decides mail only: on the site every member may read
 * a members-only announcement, and every reader a public one (docs/announcements.md).
 * Staff-only: readers never learn whom an announcement was aimed at.
 */
export const targetingField: GroupField = {
  name: 'targeting',
  type: 'group',
  label: l('メールの送信対象', 'Who is emailed'),
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    description: l(
      '公開時に、お知らせメールを受け取る設定の承認済み会員へ送ります。条件を入れると、すべての条件に合う会員だけに送ります（空欄の条件は絞り込みません）。',
      'On publishing, approved members who accept announcement emails are emailed. Conditions narrow that to members matching all of them; an empty condition does not narrow.',
    ),
  },
  fields: [
    {
      name: 'openTo',
      type: 'select',
      hasMany: true,
      options: [...OPEN_TO],
      label: l('関心のあること（いずれか）', 'Open to (any of)'),
    },
    {
      name: 'industries',
      type: 'select',
      hasMany: true,
      options: [...INDUSTRIES],
      label: l('業界（いずれか）', 'Industry (any of)'),
    },
    {
      type: 'row',
      fields: [
        year('joinedFrom', l('入社年（から）', 'Joined from (year)')),
        {
          ...year('joinedTo', l('入社年（まで）', 'Joined up to (year)')),
          validate: ((value, options) => {
            const from = (options.siblingData as { joinedFrom?: number | null }).joinedFrom
            if (value && from && from > value) return '入社年の範囲が逆です / The join-year range ends before it starts.'
            return validations.number(value, options)
          }) as NumberFieldSingleValidation,
        },
      ],
    },
  ],
}
