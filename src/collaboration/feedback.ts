import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'

import { isStaff, staffField, staffOnly } from '@/access'
import { membersOnly } from '@/access/collaboration'
import { feedbackEmail } from '@/email/templates/collaborationMail'
import { l } from '@/lib/label'
import type { Alumnus, Form, FormSubmission, User } from '@/payload-types'

import { notFound, refuse } from './errors'
import { stampAlumnus, stampStaff } from './poster'

/** Longest answer kept per field. */
export const FEEDBACK_MAX_LENGTH = 5000

type FormField = NonNullable<Form['fields']>[number]
const named = (field: FormField): field is Extract<FormField, { name: string }> => 'name' in field && Boolean(field.name)

/**
 * A submission answers the form's own fields: every required one, no unknown ones, nothing
 * longer than FEEDBACK_MAX_LENGTH. The plugin itself checks none of this.
 */
const checkSubmission: CollectionBeforeChangeHook<FormSubmission> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const formId = typeof data.form === 'object' && data.form ? data.form.id : data.form
  const form = formId
    ? await req.payload.findByID({ collection: 'forms', id: formId, depth: 0, req, disableErrors: true, select: { fields: true } })
    : null
  if (!form) return notFound(req)
  const fields = (form.fields ?? []).filter(named)
  const answers = new Map((data.submissionData ?? []).map((item) => [item.field, String(item.value ?? '').trim()]))
  for (const name of answers.keys()) {
    if (!fields.some((f) => f.name === name)) refuse(req, 'form-submissions', 'submissionData', `Unknown field: ${name}`)
  }
  for (const field of fields) {
    const value = answers.get(field.name) ?? ''
    if (field.required && !value) refuse(req, 'form-submissions', field.name, `${field.label || field.name} is required.`)
    if (value.length > FEEDBACK_MAX_LENGTH) refuse(req, 'form-submissions', field.name, `${field.label || field.name} is too long.`)
  }
  return { ...data, submissionData: [...answers].filter(([, value]) => value).map(([field, value]) => ({ field, value })) }
}

/** Staff hear about new feedback by email, each staff account once. A failed send is logged. */
const notifyStaff: CollectionAfterChangeHook<FormSubmission> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const { payload } = req
  try {
    const alumnusId = typeof doc.submittedBy === 'object' ? doc.submittedBy?.id : doc.submittedBy
    const staffId = typeof doc.submittedByStaff === 'object' ? doc.submittedByStaff?.id : doc.submittedByStaff
    const from = alumnusId
      ? ((await payload.findByID({ collection: 'alumni', id: alumnusId, depth: 0, req, select: { name: true, email: true } })) as Pick<Alumnus, 'name' | 'email'>)
      : staffId
        ? ((await payload.findByID({ collection: 'users', id: staffId, depth: 0, req, select: { name: true, email: true } })) as Pick<User, 'name' | 'email'>)
        : null
    const staff = await payload.find({ collection: 'users', depth: 0, pagination: false, req, select: { email: true } })
    const mail = feedbackEmail({
      from: from ? `${from.name} <${from.email}>` : '—',
      lines: (doc.submissionData ?? []).map((item) => ({ field: item.field, value: item.value })),
      submissionId: doc.id,
    })
    await Promise.all(
      staff.docs.map((user) => payload.sendEmail({ to: user.email, subject: mail.subject, html: mail.html, text: mail.text })),
    )
  } catch (err) {
    payload.logger.error({ err, msg: `feedback mail for submission ${doc.id} failed` })
  }
  return doc
}

const submitterFields: Field[] = [
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'alumni',
    label: l('送信した会員', 'Sent by'),
    access: { update: staffField },
    hooks: { beforeChange: [stampAlumnus] },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'submittedByStaff',
    type: 'relationship',
    relationTo: 'users',
    label: l('送信したスタッフ', 'Sent by staff'),
    access: { update: staffField },
    hooks: { beforeChange: [stampStaff] },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * Feedback to the network team through Payload's form-builder plugin: staff build forms in the
 * admin; members (approved alumni and staff) read them and submit; only staff read submissions.
 * No payment, upload or address fields: feedback needs none of them.
 */
export const feedbackPlugin = formBuilderPlugin({
  fields: { payment: false, upload: false, country: false, state: false, number: false, date: false, message: false },
  formOverrides: {
    labels: { singular: l('フォーム', 'Form'), plural: l('フォーム', 'Forms') },
    admin: { group: l('コミュニティ', 'Community'), hidden: ({ user }) => !isStaff(user) },
    access: { read: membersOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: ({ defaultFields }) => [
      {
        name: 'key',
        type: 'text',
        unique: true,
        index: true,
        label: l('キー', 'Key'),
        admin: { position: 'sidebar', description: l('「feedback」は /members/feedback に表示されます', '“feedback” is shown at /members/feedback') },
      },
      ...defaultFields,
    ],
  },
  formSubmissionOverrides: {
    labels: { singular: l('ご意見', 'Feedback'), plural: l('ご意見・お問い合わせ', 'Feedback') },
    admin: { group: l('コミュニティ', 'Community'), hidden: ({ user }) => !isStaff(user), defaultColumns: ['form', 'submittedBy', 'createdAt'] },
    access: { read: staffOnly, create: membersOnly, update: staffOnly, delete: staffOnly },
    fields: ({ defaultFields }) => [...defaultFields, ...submitterFields],
    hooks: { beforeChange: [checkSubmission], afterChange: [notifyStaff] },
  },
})
