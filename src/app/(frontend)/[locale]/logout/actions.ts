'use server'

import config from '@payload-config'
import { logout } from '@payloadcms/next/auth'
import { isLocale, localizedPath } from '@/i18n/routing'
import { redirectTo } from '@/security/redirects'

/** Ends the Payload session (server side and cookie), then shows the signed-out page. */
export async function logoutAction(formData: FormData): Promise<void> {
  await logout({ config })
  const locale = String(formData.get('locale') ?? '')
  redirectTo(`${localizedPath('/login', isLocale(locale) ? locale : 'ja')}?notice=signed-out`, '/login')
}
