import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { Locale } from '@/i18n/routing'
import type { Form } from '@/payload-types'

/**
 * The feedback form's default content, created by a migration (migrations/…_feedback_form.ts)
 * so every site has it; the seed calls it too, which changes nothing once it exists. Apart
 * from the plugin's configuration (feedback.ts) so that the seed, which browser tests import,
 * loads no mail templates.
 */

/** The form members reach at /members/feedback, found by its `key`. */
export const FEEDBACK_FORM_KEY = 'feedback'

/** The feedback form as `user` may read it, in `locale`; null where it does not exist. */
export const findFeedbackForm = async (payload: Payload, user: TypedUser | null, locale: Locale = 'ja'): Promise<Form | null> => {
  const { docs } = await payload.find({
    collection: 'forms',
    where: { key: { equals: FEEDBACK_FORM_KEY } },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

/**
 * The feedback form with its default questions, created unless it exists. Staff may edit its
 * questions in the admin afterwards. `req` carries the migration's transaction.
 */
export const ensureFeedbackForm = async (payload: Payload, req?: Partial<PayloadRequest>): Promise<Form> => {
  const { docs } = await payload.find({ collection: 'forms', where: { key: { equals: FEEDBACK_FORM_KEY } }, limit: 1, depth: 0, locale: 'ja', req })
  if (docs[0]) return docs[0]
  const form = await payload.create({
    collection: 'forms',
    locale: 'ja',
    depth: 0,
    req,
    data: {
      key: FEEDBACK_FORM_KEY,
      title: 'ネットワーク運営へのご意見',
      submitButtonLabel: '送信する',
      confirmationType: 'message',
      confirmationMessage: paragraph('ご意見ありがとうございました。運営チームが拝読します。'),
      fields: [
        {
          blockType: 'select',
          name: 'topic',
          label: '種類',
          required: true,
          options: [
            { label: 'サイトについて', value: 'site' },
            { label: 'イベントについて', value: 'events' },
            { label: '協業・仕事について', value: 'collaboration' },
            { label: 'その他', value: 'other' },
          ],
        },
        { blockType: 'textarea', name: 'message', label: 'ご意見', required: true },
      ],
    },
  })
  await payload.update({
    collection: 'forms',
    id: form.id,
    locale: 'en',
    depth: 0,
    req,
    data: {
      title: 'Feedback to the network team',
      submitButtonLabel: 'Send',
      confirmationMessage: paragraph('Thank you for your feedback. The network team will read it.'),
      fields: (form.fields ?? []).map((field) =>
        field.blockType === 'select'
          ? {
              ...field,
              label: 'Topic',
              options: field.options?.map((option, i) => ({ ...option, label: ['About the site', 'About events', 'About collaboration and work', 'Other'][i] })),
            }
          : { ...field, label: 'Your feedback' },
      ),
    },
  })
  return form
}
