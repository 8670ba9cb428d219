import type { TaskConfig } from 'payload'

import { SEND_ANNOUNCEMENT_TASK, sendMailing } from './sendMailing'

/**
 * The jobs-queue task that emails an announcement (queued by the announcement's publish hook,
 * run by the server's job runner; see docs/announcements.md). A failed run is retried, with
 * growing pauses, and carries on where it stopped.
 */
export const sendAnnouncementMailTask: TaskConfig<'sendAnnouncementMail'> = {
  slug: SEND_ANNOUNCEMENT_TASK,
  label: 'Send an announcement email',
  inputSchema: [{ name: 'mailing', type: 'number', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'status', type: 'text', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const result = await sendMailing(req.payload, input.mailing)
    // The publish date moved later after queueing: wait for it in a new job.
    if (result.retryAt) {
      await req.payload.jobs.queue({ task: SEND_ANNOUNCEMENT_TASK, input, waitUntil: new Date(result.retryAt) })
    }
    return { output: { sent: result.sent, status: result.status } }
  },
}
