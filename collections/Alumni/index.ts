import type { CollectionConfig, SelectField } from 'payload'

import { selfOrStaffField, staffField, staffOnly } from '@/access'
import { l } from '@/lib/label'
import { membersCsvEndpoint } from '@/roster/membersCsv'
import { LIMITS } from '@/account/profileInput'
import { ALUMNI_STATUSES, INDUSTRIES, OPEN_TO } from '@/lib/options'

import { sessionCookies } from '@/security/cookies'
import { limitAuthRequests } from '@/security/limitAuthRequests'
import { FIRST_BIRTH_YEAR, FIRST_YEAR, toPlainText, validateLink } from '@/text/rules'

import { readAlumni, readContactField, updateAlumni } from './access'
import { forgotPasswordConfig, verifyEmailConfig } from './authEmails'
import { recordSignIn } from './hooks/activity'
import { eraseMemberContent, recordDeletion } from './hooks/erase'
import { enforcePasswordPolicy } from './hooks/passwordPolicy'
import { emailReviewDecision, stampReview } from './hooks/review'
import { updateDirectoryEntry } from './hooks/searchIndex'

const currentYear = new Date().getFullYear()
const year = (name: string, label: ReturnType<typeof l>) =>
  ({ name, type: 'number', min: FIRST_YEAR, max: currentYear + 1, label }) as const

const visibility = (name: string): SelectField => ({
    name,
    type: 'select',
    // Unset means staff only: nothing is shown to members unless the person chooses so.
    options: [
      { value: 'members', label: l('会員に公開', 'Members') },
      { value: 'staff', label: l('スタッフのみ', 'Staff only') },
    ],
    label: l('公開範囲', 'Visible to'),
  })

/**
 * Member accounts, separate from staff. The profile says what the person does *now*;
 * the verification group holds what staff use to confirm they worked here, and is private.
 */
export const Alumni: CollectionConfig = {
  slug: 'alumni',
  labels: { singular: l('アルムナイ', 'Alumnus'), plural: l('アルムナイ', 'Alumni') },
  auth: {
    // Registration sends a verification link to /verify; resets link to /reset-password
    // (templates in src/email/templates, flows in docs/membership.md).
    verify: verifyEmailConfig,
    forgotPassword: forgotPasswordConfig,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 60 * 60 * 24 * 14,
    cookies: sessionCookies(),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'currentOrganization', 'email', 'createdAt'],
    group: l('会員', 'Members'),
    listSearchableFields: ['name', 'nameKana', 'nameRomaji', 'currentOrganization'],
    // The approval queue's count and link (src/admin/PendingApprovals.tsx).
    components: { beforeList: ['/src/admin/PendingApprovals#PendingApprovalsBeforeList'] },
  },
  // Staff download the member list (src/roster/membersCsv.ts).
  endpoints: [membersCsvEndpoint],
  access: {
    read: readAlumni,
    // Registration is `/join` only: it answers alike for new and known addresses, where an open
    // create would tell a visitor "email already registered". Staff may add accounts directly.
    create: staffOnly,
    update: updateAlumni,
    delete: staffOnly,
    readVersions: staffOnly,
  },
  hooks: {
    beforeOperation: [limitAuthRequests],
    afterLogin: [recordSignIn],
    beforeDelete: [eraseMemberContent],
    afterDelete: [recordDeletion],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [stampReview],
    afterChange: [updateDirectoryEntry, emailReviewDecision],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      access: { read: selfOrStaffField },
    },
    {
      // Payload's own flag; only following the emailed link (or staff) may set it.
      name: '_verified',
      type: 'checkbox',
      // Readable as Payload's default (sign-in checks it); only writes are restricted.
      access: { create: staffField, update: staffField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...ALUMNI_STATUSES],
      label: l('ステータス', 'Status'),
      access: { create: staffField, update: staffField },
      saveToJWT: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'hiddenFromDirectory',
      type: 'checkbox',
      defaultValue: false,
      label: l('名簿に表示しない', 'Hide from the directory'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewMessage',
      type: 'textarea',
      label: l('審査メッセージ（本人へのメールに記載）', 'Review message (sent to the person)'),
      access: { read: staffField, create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewedAt',
      type: 'date',
      label: l('審査日時', 'Reviewed at'),
      access: { read: staffField, create: staffField, update: staffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'rosterMatch',
      type: 'relationship',
      relationTo: 'roster',
      label: l('一致した名簿', 'Matching roster entry'),
      access: { read: staffField, create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'privacyConsentAt',
      type: 'date',
      label: l('プライバシーポリシー同意日時', 'Privacy policy accepted at'),
      access: { read: selfOrStaffField, update: staffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, index: true, label: l('氏名', 'Name') },
        { name: 'nameKana', type: 'text', required: true, label: l('氏名（かな）', 'Name (kana)') },
        { name: 'nameRomaji', type: 'text', label: l('氏名（ローマ字）', 'Name (romaji)') },
      ],
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'alumni-photos',
      label: l('写真', 'Photo'),
      // Only one's own upload: nobody can show another member's face on their profile.
      filterOptions: ({ id }) => ({ owner: { equals: id } }),
    },
    {
      type: 'collapsible',
      label: l('現在', 'Now'),
      fields: [
        { name: 'currentOrganization', type: 'text', label: l('現在の所属', 'Current organisation') },
        { name: 'title', type: 'text', label: l('役職', 'Title') },
        { name: 'industry', type: 'select', options: [...INDUSTRIES], label: l('業界', 'Industry') },
        { name: 'location', type: 'text', label: l('所在地', 'Location') },
        {
          name: 'careerSinceLeaving',
          type: 'textarea',
          label: l('退職後のキャリア', 'Career since leaving'),
          hooks: { beforeChange: [toPlainText] },
        },
        {
          name: 'bio',
          type: 'textarea',
          maxLength: 2000,
          label: l('自己紹介', 'Bio'),
          hooks: { beforeChange: [toPlainText] },
        },
        // As many, and as long, as the profile form takes (src/account/profileInput.ts).
        { name: 'skills', type: 'text', hasMany: true, maxRows: LIMITS.skills, maxLength: LIMITS.skill, label: l('スキル', 'Skills') },
        {
          name: 'openTo',
          type: 'select',
          hasMany: true,
          options: [...OPEN_TO],
          label: l('関心のあること', 'Open to'),
        },
        {
          name: 'links',
          type: 'array',
          maxRows: 5,
          label: l('リンク', 'Links'),
          fields: [
            { name: 'label', type: 'text', required: true, label: l('表示名', 'Label') },
            {
              name: 'url',
              type: 'text',
              required: true,
              label: 'URL',
              validate: validateLink,
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: l('在籍時', 'At the company'),
      fields: [
        {
          type: 'row',
          fields: [year('joinedYear', l('入社年', 'Joined')), year('leftYear', l('退職年', 'Left'))],
        },
        {
          name: 'departments',
          type: 'text',
          hasMany: true,
          maxRows: LIMITS.departments,
          maxLength: LIMITS.department,
          label: l('所属部署', 'Departments'),
        },
      ],
    },
    {
      // Optional; only the owner and staff read it, and staff see it only as age bands of five or
      // more people on the network dashboard (docs/dashboard.md, docs/privacy.md).
      ...year('birthYear', l('生まれ年（任意）', 'Year of birth (optional)')),
      min: FIRST_BIRTH_YEAR,
      access: { read: selfOrStaffField },
      admin: { description: l('本人とスタッフのみ閲覧できます。年代別の集計にのみ使います。', 'Only you and staff can see it; used only for counts by age band.') },
    },
    {
      name: 'contact',
      type: 'group',
      label: l('連絡先', 'Contact'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: l('連絡用メール', 'Contact email'), access: { read: readContactField('emailVisibility') } },
            visibility('emailVisibility'),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: l('電話番号', 'Phone'), access: { read: readContactField('phoneVisibility') } },
            visibility('phoneVisibility'),
          ],
        },
      ],
    },
    {
      name: 'notifications',
      type: 'group',
      label: l('通知設定', 'Notifications'),
      access: { read: selfOrStaffField },
      fields: [
        { name: 'announcements', type: 'checkbox', defaultValue: true, label: l('お知らせメール', 'Announcement emails') },
        { name: 'events', type: 'checkbox', defaultValue: true, label: l('イベントのご案内', 'Event emails') },
        { name: 'digest', type: 'checkbox', defaultValue: false, label: l('週間ダイジェスト', 'Weekly digest') },
      ],
    },
    {
      // The language the person used on the site when registering; mail to them is written in it.
      name: 'language',
      type: 'select',
      options: [
        { value: 'ja', label: '日本語' },
        { value: 'en', label: 'English' },
      ],
      label: l('メールの言語', 'Email language'),
      access: { read: selfOrStaffField },
      admin: { position: 'sidebar' },
    },
    {
      // The secret in the person's calendar subscription URL (src/events/calendarToken.ts).
      // Owner and staff read it; it is set only by the settings page, never through the API.
      name: 'calendarToken',
      type: 'text',
      unique: true,
      label: l('カレンダー購読トークン', 'Calendar subscription token'),
      access: { read: selfOrStaffField, create: staffField, update: staffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'verification',
      type: 'group',
      label: l('本人確認（本人とスタッフのみ閲覧）', 'Verification (owner and staff only)'),
      access: { read: selfOrStaffField, update: staffField },
      fields: [
        {
          type: 'row',
          fields: [year('joinedYear', l('入社年', 'Joined')), year('leftYear', l('退職年', 'Left'))],
        },
        { name: 'lastDepartment', type: 'text', label: l('最終所属部署', 'Last department') },
        { name: 'employeeNumber', type: 'text', label: l('社員番号', 'Employee number') },
        { name: 'note', type: 'textarea', label: l('補足', 'Note') },
      ],
    },
  ],
}
