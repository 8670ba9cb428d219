import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything except Payload (admin, API), Next internals and files with an extension — but an
  // event's calendar file is a localized page (`/events/x/calendar.ics` → the ja route).
  matcher: ['/((?!api|admin|bench-baseline|_next|_vercel|.*\\..*).*)', '/events/:slug/calendar.ics', '/en/events/:slug/calendar.ics'],
}
