/**
 * Importing an interview from text (issue 5, item 1) through `POST /api/interviews/import` and
 * the CLI: staff get a preview and then a draft that passes the collection's validation;
 * visitors and alumni are refused; text that is no interview gets a 400 with a message and
 * nothing is stored; the draft stays invisible to visitors.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Interview, User } from '../../payload-types'
import type { ImportPreview } from '../../src/importer/preview'
import type { RestResponse } from '../helpers/api'
import { type Account, createAlumnus, createStaff, uniqueId, uniqueSlug, visitor } from '../helpers/fixtures'
import { fixture, shapeFixture, wordTranscript } from '../helpers/importer'
import { getTestPayload } from '../helpers/payload'
import { runTsx } from '../helpers/tsx'

let payload: Payload
let editor: Account<User>
let admin: Account<User>
let alumnus: Account<Alumnus>

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  admin = await createStaff(payload, 'admin')
  alumnus = await createAlumnus(payload, { status: 'approved' })
})

/** A fixture whose title is made unique, so tests can count what was stored under it. */
const uniqueText = (name: Parameters<typeof fixture>[0] = 'full-width-colons.ja.txt') => {
  const marker = `試験${uniqueId()}`
  const text = fixture(name).replace(/^([【[][^】\]]*[】\]]\s*)?/, (prefix) => `${prefix}${marker}`)
  return { text, title: (rest: string) => `${marker}${rest}`, marker }
}

const countTitled = async (marker: string) =>
  (await payload.count({ collection: 'interviews', where: { title: { contains: marker } } })).totalDocs

const importText = (account: { api: Account<User>['api'] }, body: Record<string, unknown>) =>
  account.api.post('/interviews/import', body)

const previewOf = (res: RestResponse) => res.body.preview as ImportPreview

const draftOf = (id: unknown, locale: 'ja' | 'en' = 'ja') =>
  payload.findByID({ collection: 'interviews', id: id as number, draft: true, locale }) as Promise<Interview>

describe('staff', () => {
  it('preview: what was recognised, and nothing stored', async () => {
    const { text, marker } = uniqueText()
    const res = await importText(editor, { text })
    expect(res.status).toBe(200)
    const preview = previewOf(res)
    expect(preview.title).toBe(`${marker}辞めた技術者が相談役に。精密部品メーカーのアルムナイ顧問制度`)
    expect(preview.interviewees.map((p) => p.name)).toEqual(['風間 早苗', '小野 健吾'])
    expect(preview.report.counts).toMatchObject({ questions: 3, answers: 4, ctas: 1 })
    expect(preview.slug).toMatch(/^interview-2024-05-08(-\d+)?$/)
    expect(await countTitled(marker)).toBe(0)
  })

  it('create: a draft with structured blocks, interviewees and link, that passes validation when published', async () => {
    const { text, marker } = uniqueText()
    const slug = uniqueSlug('imported')
    const res = await importText(editor, { text, slug, create: true })
    expect(res.status).toBe(201)
    expect(res.body.adminPath).toBe(`/admin/collections/interviews/${res.body.id}`)

    const doc = await draftOf(res.body.id)
    expect(doc).toMatchObject({ _status: 'draft', slug, series: 'アルムナイ企業事例', publishedAt: '2024-05-07T15:00:00.000Z' })
    expect(doc.title.startsWith(marker)).toBe(true)
    expect(doc.lead).toMatch(/^連載「アルムナイ企業事例」では/)
    expect(doc.interviewees).toMatchObject([
      { name: '風間 早苗', organization: '株式会社カザミ精工 人事総務部', role: '部長', isAlumni: false },
      { name: '小野 健吾', organization: '合同会社ミナモ技研 代表', isAlumni: true },
    ])
    expect(doc.body.map((block) => (block.blockType === 'answer' ? `answer:${block.speaker}` : block.blockType))).toEqual([
      'question',
      'answer:風間 早苗',
      'answer:小野 健吾',
      'question',
      'answer:風間 早苗',
      'question',
      'answer:小野 健吾',
      'cta',
    ])
    expect(doc.body.at(-1)).toMatchObject({ label: 'カザミ精工アルムナイの登録はこちら', url: 'https://kazami-seiko.example/alumni/join' })

    // Valid as it stands: publishing runs every validation the collection has (speakers included).
    const published = await payload.update({
      collection: 'interviews',
      id: doc.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor.user,
    })
    expect(published._status).toBe('published')
  })

  it('admins may import too; a suggested slug is made unique', async () => {
    const { text } = uniqueText('single-interviewee.ja.txt')
    const first = await importText(admin, { text, create: true })
    const second = await importText(admin, { text, create: true })
    expect([first.status, second.status]).toEqual([201, 201])
    const [a, b] = [previewOf(first).slug, previewOf(second).slug]
    expect(b).not.toBe(a)
    expect(b.startsWith('interview-2022-07-15')).toBe(true)
  })

  it('finds the company named in the title and gives its sign-up URL to links without one', async () => {
    const name = `株式会社テスト${uniqueId()}`
    const company = await payload.create({
      collection: 'companies',
      data: { name, slug: uniqueSlug('company'), alumniNetworkUrl: 'https://company.example/alumni' },
    })
    const text = fixture('unknown-lines.ja.txt').replace('/つむぎワークス】', `/${name.replace('株式会社', '')}】`)
    const res = await importText(editor, { text, slug: uniqueSlug('with-company'), create: true })
    expect(res.status).toBe(201)
    expect(previewOf(res).company).toMatchObject({ id: company.id, matchedBy: 'title' })
    expect(previewOf(res).report.warnings.map((w) => w.code)).not.toContain('cta-without-url')
    const doc = await draftOf(res.body.id)
    expect(typeof doc.company === 'object' ? doc.company?.id : doc.company).toBe(company.id)
    expect(doc.body.at(-1)).toMatchObject({ blockType: 'cta', url: 'https://company.example/alumni' })
    // The lines nothing claimed are there, as paragraphs.
    expect(doc.body.filter((block) => block.blockType === 'paragraph')).toHaveLength(5)
  })

  it('keeps a link without a URL (no company to take it from) in the draft, to fill in before publishing', async () => {
    const { text } = uniqueText('unknown-lines.ja.txt')
    const res = await importText(editor, { text, slug: uniqueSlug('no-url'), create: true })
    expect(res.status).toBe(201)
    expect(previewOf(res).report.warnings).toContainEqual(expect.objectContaining({ code: 'cta-without-url' }))
    const doc = await draftOf(res.body.id)
    expect(doc.body.at(-1)).toMatchObject({ blockType: 'cta', label: '勉強会への参加申し込み' })
    expect((doc.body.at(-1) as { url?: string | null }).url ?? '').toBe('')
  })

  it('stores an English text in the English locale when asked', async () => {
    const { text, marker } = uniqueText('english.en.txt')
    const res = await importText(editor, { text, locale: 'en', slug: uniqueSlug('english'), create: true })
    expect(res.status).toBe(201)
    const doc = await draftOf(res.body.id, 'en')
    expect(doc.title).toBe(`${marker}Why a trading company rehires its alumni`)
    expect(doc.body.filter((block) => block.blockType === 'answer').map((block) => block.speaker)).toEqual([
      'Laura Bennett',
      'Daniel Okafor',
      'Daniel Okafor',
      'Laura Bennett',
    ])
  })
})

describe('texts in other shapes, and files', () => {
  it('a text without people or questions is a draft with warnings, not a refusal; control characters are dropped', async () => {
    const marker = `garbage${uniqueId()}`
    const texts = [`${marker} shopping list\n\neggs, milk\nbread`, `${marker}\u0000\u0001\u0002\n\n%%%%`, `${marker}\n\n——Who are you?\n\nNobody.`]
    for (const text of texts) {
      const preview = await importText(editor, { text })
      expect(preview.status).toBe(200)
      expect(previewOf(preview).report.warnings.map((w) => w.code)).toContain('no-interviewees')
      const created = await importText(editor, { text, slug: uniqueSlug('hardly'), create: true })
      expect(created.status).toBe(201)
      const doc = await draftOf(created.body.id)
      expect(doc).toMatchObject({ _status: 'draft', interviewees: [] })
      expect(doc.title.startsWith(marker)).toBe(true)
    }
  })

  it('a people line under the title gives interviewees with organisation and role', async () => {
    const text = shapeFixture('01-byline-two-people.ja.txt').replace(/^/, `試験${uniqueId()}`)
    const res = await importText(editor, { text, slug: uniqueSlug('byline'), create: true })
    expect(res.status).toBe(201)
    const doc = await draftOf(res.body.id)
    expect(doc.interviewees).toMatchObject([
      { name: '山田 太郎', organization: '株式会社ハルカゼ食品 アルムナイ事務局', role: '執行役員' },
      { name: '佐藤 花子', organization: '株式会社ハルカゼ食品 アルムナイ事務局', role: '人事部' },
    ])
  })

  it('a Word file: previewed without storing anything, then a draft whose images are media with an alt text to fill in', async () => {
    const title = `【アルムナイの声/フジナミ製作所】Word試験${uniqueId()}`
    const file = { name: 'transcript.docx', data: Buffer.from(await wordTranscript(title)).toString('base64') }
    const mediaBefore = (await payload.count({ collection: 'media' })).totalDocs

    const preview = await importText(editor, { file })
    expect(preview.status).toBe(200)
    expect(previewOf(preview).report.counts).toMatchObject({ questions: 2, images: 2 })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)

    const res = await importText(editor, { file, slug: uniqueSlug('word'), create: true })
    expect(res.status).toBe(201)
    const doc = await draftOf(res.body.id)
    const images = doc.body.flatMap((block) => (block.blockType === 'image' ? [block.image] : []))
    expect(images).toHaveLength(2)
    const alts = await Promise.all(
      images.map(async (image) => (await payload.findByID({ collection: 'media', id: typeof image === 'object' ? image.id : image, locale: 'ja' })).alt),
    )
    expect(alts[0]).toBe('交流会で話す上野さん')
    expect(alts[1]).toMatch(/^【代替テキスト未入力】「Word試験.*」の画像2$/)
  })

  it('refuses a file of another type, or one that is not what its name says', async () => {
    const refusedFile = async (file: unknown, message: RegExp) => {
      const res = await importText(editor, { file })
      expect(res.status).toBe(400)
      expect(res.body.message).toMatch(message)
    }
    await refusedFile({ name: 'a.pdf', data: 'AAAA' }, /docx|\.txt/)
    await refusedFile({ name: 'a.docx', data: Buffer.from('not a zip').toString('base64') }, /read|読み込め/i)
    await refusedFile({ name: 'a.docx' }, /base64|形式/)
  })
})

describe('the draft', () => {
  it('is invisible to visitors, by list, by id and as a draft', async () => {
    const { text } = uniqueText()
    const slug = uniqueSlug('hidden')
    const res = await importText(editor, { text, slug, create: true })
    expect(res.status).toBe(201)
    const reader = visitor()
    expect((await reader.api.get('/interviews', { where: { slug: { equals: slug } } })).body.totalDocs).toBe(0)
    expect((await reader.api.get('/interviews', { where: { slug: { equals: slug } }, draft: true })).body.totalDocs).toBe(0)
    expect((await reader.api.get(`/interviews/${res.body.id}`)).status).toBeOneOf([403, 404])
    expect((await alumnus.api.get(`/interviews/${res.body.id}`, { draft: true })).status).toBeOneOf([403, 404])
    const local = await payload.find({ collection: 'interviews', where: { slug: { equals: slug } }, overrideAccess: false, user: null })
    expect(local.totalDocs).toBe(0)
  })
})

describe('who may import', () => {
  it('visitors and alumni get a 403 with a message, and nothing is stored', async () => {
    const { text, marker } = uniqueText()
    for (const account of [visitor(), alumnus]) {
      for (const create of [false, true]) {
        const res = await importText(account, { text, create })
        expect(res.status).toBe(403)
        expect(res.body.message).toMatch(/staff|スタッフ/i)
      }
    }
    expect(await countTitled(marker)).toBe(0)
  })
})

describe('bad input', () => {
  // Messages come in the admin language of the request (Japanese unless the browser asks otherwise).
  const refused = async (body: Record<string, unknown>, message: RegExp) => {
    const res = await importText(editor, { create: true, ...body })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
    expect(res.body.errors?.[0]?.message).toBe(res.body.message)
    return res
  }

  it('empty, missing or non-text input: 400, nothing stored', async () => {
    const before = (await payload.count({ collection: 'interviews' })).totalDocs
    await refused({ text: '' }, /paste|貼り付け/i)
    await refused({ text: '  \n\n\u3000 ' }, /paste|貼り付け/i)
    await refused({}, /paste|貼り付け/i)
    await refused({ text: 42 }, /paste|貼り付け/i)
    await refused({ text: 'x'.repeat(200_001) }, /too long|長すぎ/i)
    await refused({ text: fixture('english.en.txt'), locale: 'fr' }, /locale|言語/i)
    expect((await payload.count({ collection: 'interviews' })).totalDocs).toBe(before)
  })

  it('a body that is not JSON: 400', async () => {
    const response = await editor.api.fetch('POST', '/interviews/import', undefined, undefined)
    expect(response.status).toBe(400)
    const raw = await editor.api.fetch('POST', '/interviews/import', undefined, '{"text":')
    expect(raw.status).toBe(400)
  })

  it('a text that is hardly an interview is refused only when empty', async () => {
    await refused({ text: '\u0000\u0001 \n\u3000' }, /empty|空/i)
  })

  it('a bad or taken slug, an unknown company: 400 with a message, nothing stored', async () => {
    const { text, marker } = uniqueText()
    await refused({ text, slug: 'Not A Slug' }, /not a valid slug|使えません/i)
    await refused({ text, slug: 'a--b' }, /not a valid slug|使えません/i)
    await refused({ text, company: 'no-such-company' }, /no company|見つかりません/i)
    const taken = await importText(editor, { text: uniqueText().text, slug: uniqueSlug('taken'), create: true })
    await refused({ text, slug: previewOf(taken).slug }, /already used|使われています/i)
    expect(await countTitled(marker)).toBe(0)
  })
})

describe('the CLI', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const run = (args: string[]) =>
    runTsx(['scripts/import-interview.ts', ...args], {
      // The test database is in DATABASE_URL; production mode keeps Payload from writing types.
      env: { ...process.env, NODE_ENV: 'production', ENISHI_JOBS: 'off' },
    })
  const file = path.join(root, 'tests/fixtures/interviews/headings.ja.txt')

  it('--dry-run prints the report and stores nothing', async () => {
    const slug = uniqueSlug('cli-dry')
    const { stdout } = await run([file, '--slug', slug, '--dry-run'])
    expect(stdout).toContain('Title:        卒業生の起業を応援する「アルムナイ出資」')
    expect(stdout).toContain('3 questions, 4 answers, 0 paragraphs, 3 headings, 1 links')
    expect(stdout).toContain('Dry run: nothing was created.')
    expect((await payload.count({ collection: 'interviews', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('reads a Word file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-'))
    const docx = path.join(dir, 'word-transcript.docx')
    await writeFile(docx, await wordTranscript())
    const { stdout } = await run([docx, '--slug', uniqueSlug('cli-word'), '--dry-run'])
    expect(stdout).toContain('Title:        Wordで届いた原稿')
    expect(stdout).toContain('2 questions, 2 answers, 2 paragraphs, 1 headings, 1 links, 2 images')
    await rm(dir, { recursive: true })
  })

  it('creates a draft and prints its admin URL', async () => {
    const slug = uniqueSlug('cli')
    const { stdout } = await run([file, '--slug', slug])
    const id = /Created draft (\d+): \S+\/admin\/collections\/interviews\/(\d+)/.exec(stdout)
    expect(id?.[1]).toBe(id?.[2])
    const doc = await draftOf(Number(id?.[1]))
    expect(doc).toMatchObject({ slug, _status: 'draft' })
  })
})
