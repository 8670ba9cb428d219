import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { ensureFeedbackForm, FEEDBACK_FORM_KEY } from '../src/collaboration/feedbackForm'

// Data, no schema: the feedback form members reach at /members/feedback exists on every site
// from its first migration, not made by the first page that needs it (docs/decisions.md).

export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await ensureFeedbackForm(payload, req)
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await payload.delete({ collection: 'forms', where: { key: { equals: FEEDBACK_FORM_KEY } }, req })
}
