import { expect, test } from '@playwright/test'

import { fixture, shapeFixture, wordTranscript } from '../helpers/importer'
import { signInAdmin } from './signIn'

test.describe('an editor importing an interview from text', () => {
  test('the import view is for staff: a visitor is sent to the login', async ({ page }) => {
    await page.goto('/admin/import-interview')
    await page.waitForURL(/\/admin\/login/)
    await expect(page.locator('textarea[name=text]')).toHaveCount(0)
  })

  test('pastes a transcript, sees what was recognised, creates the draft and lands on its edit page', async ({ page }) => {
    const stamp = Date.now()
    const title = `取り込みテスト${stamp} 辞めた技術者が相談役に。精密部品メーカーのアルムナイ顧問制度`
    const text = fixture('full-width-colons.ja.txt').replace('】辞めた技術者が', `】取り込みテスト${stamp} 辞めた技術者が`)

    await signInAdmin(page)
    await page.goto('/admin/collections/interviews')
    await page.getByRole('link', { name: /Import from text|テキストから取り込む/ }).click()
    await page.waitForURL(/\/admin\/import-interview$/)

    await page.fill('textarea[name=text]', text)
    await page.getByRole('button', { name: /^(Preview|プレビュー)$/ }).click()

    const preview = page.getByTestId('import-preview')
    await expect(preview).toContainText(title)
    await expect(page.getByTestId('import-interviewees')).toContainText('風間 早苗')
    await expect(page.getByTestId('import-interviewees')).toContainText('小野 健吾')
    await expect(page.getByTestId('import-counts')).toContainText(/(Questions|質問) 3 · (Answers|回答) 4/)
    // The company named in the title marker is the seeded 株式会社カザミ精工; the slug is suggested from it.
    await expect(preview).toContainText('株式会社カザミ精工 (kazami-seiko)')
    await expect(page.locator('input[name=slug]')).toHaveValue(/^kazami-seiko-2024-05-08(-\d+)?$/)
    await expect(page.getByTestId('import-fallbacks')).toContainText(/Every line was recognised|すべての行を認識しました/)

    await page.getByRole('button', { name: /^(Create draft|下書きを作成)$/ }).click()
    await page.waitForURL(/\/admin\/collections\/interviews\/\d+$/)
    await expect(page.locator('#field-title')).toHaveValue(title)
    await expect(page.locator('#field-interviewees__0__name')).toHaveValue('風間 早苗')
  })

  test('a text without recognisable people is previewed as a draft to complete, not refused', async ({ page }) => {
    await signInAdmin(page)
    await page.goto('/admin/import-interview')
    await page.fill('textarea[name=text]', shapeFixture('11-no-people.ja.txt'))
    await page.getByRole('button', { name: /^(Preview|プレビュー)$/ }).click()
    await expect(page.getByTestId('import-interviewees')).toContainText(/No interviewees found|インタビュイーが見つかりません/)
    await expect(page.getByTestId('import-warnings')).toContainText(/add them on the edit page|編集画面で追加/)
    await expect(page.getByRole('button', { name: /^(Create draft|下書きを作成)$/ })).toBeEnabled()
  })

  test('chooses a Word file: its bold questions, people and images are previewed, and the draft is created', async ({ page }) => {
    const stamp = Date.now()
    const buffer = Buffer.from(await wordTranscript(`【アルムナイの声/フジナミ製作所】Word取り込み${stamp}`))

    await signInAdmin(page)
    await page.goto('/admin/import-interview')
    await page.locator('input[name=file]').setInputFiles({ name: 'transcript.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer })
    await expect(page.getByTestId('import-file')).toContainText('transcript.docx')
    await expect(page.locator('textarea[name=text]')).toBeDisabled()
    await page.getByRole('button', { name: /^(Preview|プレビュー)$/ }).click()

    await expect(page.getByTestId('import-preview')).toContainText(`Word取り込み${stamp}`)
    await expect(page.getByTestId('import-interviewees')).toContainText('上野 結衣')
    await expect(page.getByTestId('import-counts')).toContainText(/(Questions|質問) 2 · (Answers|回答) 2/)
    await expect(page.getByTestId('import-counts')).toContainText(/(Images|画像) 2/)
    await expect(page.getByTestId('import-warnings')).toContainText(/alt text|代替テキスト/)

    await page.getByRole('button', { name: /^(Create draft|下書きを作成)$/ }).click()
    await page.waitForURL(/\/admin\/collections\/interviews\/\d+$/)
    await expect(page.locator('#field-title')).toHaveValue(`Word取り込み${stamp}`)
    await expect(page.locator('#field-interviewees__0__name')).toHaveValue('上野 結衣')
  })
})
