import { createNavigation } from 'next-intl/navigation'

import { routing } from './routing'

/**
 * next-intl's navigation for client components. Its Link reads the locale from a
 * NextIntlClientProvider, which only the client forms have (ClientMessages, MemberFormMessages).
 */
export const { Link } = createNavigation(routing)
