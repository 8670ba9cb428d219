import { type Page } from '@playwright/test'

import { DEMO_LOGINS } from '../../src/seed'

export type Login = { email: string; password: string }

/**
 * Signs an alumnus in on the site's own form and waits until it has left the sign-in page; the
 * session cookie is then the page's. `path`: the sign-in page to start from (`/en/login`, or
 * with `?next=`).
 */
export const signIn = async (page: Page, login: Login, path = '/login') => {
  await page.goto(path)
  await page.locator('input[name=email]').fill(login.email)
  await page.locator('input[name=password]').fill(login.password)
  await page.locator('input[name=password]').press('Enter')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/** Signs staff in on Payload's admin (the demo editor unless told) and waits for its dashboard. */
export const signInAdmin = async (page: Page, login: Login = DEMO_LOGINS.editor) => {
  await page.goto('/admin/login')
  await page.fill('#field-email', login.email)
  await page.fill('#field-password', login.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)
}
