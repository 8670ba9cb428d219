import type { Viewer } from '@/auth/viewer'
import { findFeedbackForm } from '@/collaboration/feedbackForm'
import type { Locale } from '@/i18n/routing'

import { payloadClient } from './payload'

/** The feedback form in the viewer's language, read with the viewer's access; null where the site has none. */
export const feedbackForm = async (viewer: Viewer, locale: Locale) => findFeedbackForm(await payloadClient(), viewer, locale)
