import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access'
import { l } from '@/lib/label'

export const MAILING_STATUSES = [
  { value: 'queued', label: l('送信待ち', 'Queued') },
  { value: 'sending', label: l('送信中', 'Sending') },
  { value: 'sent', label: l('送信済み', 'Sent') },
  { value: 'cancelled', label: l('中止（非公開になった）', 'Cancelled (unpublished)') },
] as const

/** The most members one mailing lists as refused or unknown: far more than the network will have. */
const MAX_MAILING_MEMBERS = 100_000

/**
 * One row per announcement that was ever published: its email to members, and how far sending
 * has got. The unique announcement is what makes the mail go out once only, however often
 * the announcement is published again; `cursor` and `inFlight` let a crashed or retried send
 * continue without mailing anyone twice (src/announcements/sendMailing.ts). Written only by
 * the publish hook and the job; staff read it to see the progress.
 */
export const AnnouncementMailings: CollectionConfig = {
  slug: 'announcement-mailings',
  labels: { singular: l('お知らせメール', 'Announcement email'), plural: l('お知らせメール', 'Announcement emails') },
  admin: {
    defaultColumns: ['announcement', 'status', 'sentCount', 'queuedAt', 'finishedAt'],
    group: l('コンテンツ', 'Content'),
  },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'announcement',
      type: 'relationship',
      relationTo: 'announcements',
      unique: true,
      index: true,
      label: l('お知らせ', 'Announcement'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [...MAILING_STATUSES],
      label: l('状態', 'Status'),
    },
    {
      name: 'cursor',
      type: 'number',
      defaultValue: 0,
      label: l('送信済みの最後の会員ID', 'Last member ID done'),
      admin: { description: l('会員IDの順に送ります。', 'Members are mailed in order of ID.') },
    },
    {
      name: 'inFlight',
      type: 'number',
      label: l('送信中の会員ID', 'Member ID being mailed'),
      admin: {
        description: l(
          '送信の途中で処理が止まった場合、この会員には再送しません（二重送信を避けるため）。',
          'If sending stopped while mailing this member, they are not mailed again (never twice).',
        ),
      },
    },
    { name: 'sentCount', type: 'number', defaultValue: 0, label: l('送信数', 'Sent') },
    // At most one entry per member (MAX_MAILING_MEMBERS).
    { name: 'uncertain', type: 'number', hasMany: true, maxRows: MAX_MAILING_MEMBERS, label: l('送信結果不明の会員ID', 'Member IDs with unknown outcome') },
    {
      name: 'refused',
      type: 'number',
      hasMany: true,
      maxRows: MAX_MAILING_MEMBERS,
      label: l('メールサーバーが受け付けなかった会員ID', 'Member IDs the mail server refused'),
      admin: {
        description: l(
          '宛先が存在しないなど、恒久的なエラーで届けられなかった会員です。',
          'Members whose address the mail server refused for good (e.g. no such mailbox).',
        ),
      },
    },
    { name: 'queuedAt', type: 'date', label: l('受付日時', 'Queued at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: l('完了日時', 'Finished at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
