'use server'

import { getViewer } from '@/auth/viewer'
import { payloadClient } from '@/data/payload'
import { setCalendarToken } from '@/events/calendarToken'

export type CalendarFeedState = { token: string | null; message: 'created' | 'rotated' | 'revoked' | 'failed' | null }

/** Create, replace or revoke my calendar subscription token; who is asking comes from the session. */
export async function calendarFeedAction(previous: CalendarFeedState, form: FormData): Promise<CalendarFeedState> {
  const action = form.get('action') === 'revoke' ? 'revoke' : 'rotate'
  try {
    const token = await setCalendarToken(await payloadClient(), await getViewer(), action)
    return { token, message: action === 'revoke' ? 'revoked' : previous.token ? 'rotated' : 'created' }
  } catch {
    return { ...previous, message: 'failed' }
  }
}
