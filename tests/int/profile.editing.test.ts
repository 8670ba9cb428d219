/**
 * The profile editor (/members/profile, src/account/profile.ts): an approved alumnus saves their
 * own profile through the same function the page's server action calls. Whatever the submitted
 * form holds, only the signed-in person's profile fields change — never their status, their
 * verification answers, their login email or anyone else's document. Invalid input comes back
 * with an error on the field and everything typed, and nothing is stored.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus } from '../../payload-types'
import { saveProfile } from '../../src/account/profile'
import { type Account, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createMember, profileForm } from '../helpers/profile'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const stored = (account: Account<Alumnus>) => payload.findByID({ collection: 'alumni', id: account.doc.id })

describe('saving my profile', () => {
  it('stores every profile field and returns the stored values', async () => {
    const me = await createMember(payload)
    const state = await saveProfile(
      payload,
      me.user,
      profileForm(me.doc, {
        name: '林 美咲',
        nameKana: 'はやし みさき',
        nameRomaji: 'Misaki Hayashi',
        currentOrganization: '株式会社ひかり',
        title: 'プロダクトマネージャー',
        industry: 'consulting',
        location: '大阪府大阪市',
        careerSinceLeaving: '2020年に転職。\n2023年から現職。',
        bio: 'よろしくお願いします。',
        skills: 'UXリサーチ、 データ分析, SQL',
        departments: 'デザイン本部\n営業部',
        openTo: ['mentoring', 'business'],
        joinedYear: '２０１２',
        leftYear: '2019',
        links: [
          { label: 'ブログ', url: 'https://blog.example.com/me' },
          { label: '', url: '' },
          { label: 'GitHub', url: 'http://github.example/me' },
        ],
        contactEmail: 'work@hikari.example',
        contactEmailVisibility: 'members',
        contactPhone: '０９０－１２３４－５６７８',
        contactPhoneVisibility: 'staff',
        hiddenFromDirectory: true,
      }),
    )
    expect(state.status).toBe('saved')
    expect(state.errors).toEqual({})

    const doc = await stored(me)
    expect(doc).toMatchObject({
      name: '林 美咲',
      nameKana: 'はやし みさき',
      nameRomaji: 'Misaki Hayashi',
      currentOrganization: '株式会社ひかり',
      title: 'プロダクトマネージャー',
      industry: 'consulting',
      location: '大阪府大阪市',
      careerSinceLeaving: '2020年に転職。\n2023年から現職。',
      bio: 'よろしくお願いします。',
      skills: ['UXリサーチ', 'データ分析', 'SQL'],
      departments: ['デザイン本部', '営業部'],
      openTo: ['mentoring', 'business'],
      joinedYear: 2012,
      leftYear: 2019,
      contact: {
        email: 'work@hikari.example',
        emailVisibility: 'members',
        phone: '090-1234-5678',
        phoneVisibility: 'staff',
      },
      hiddenFromDirectory: true,
    })
    expect(doc.links?.map(({ label, url }) => ({ label, url }))).toEqual([
      { label: 'ブログ', url: 'https://blog.example.com/me' },
      { label: 'GitHub', url: 'http://github.example/me' },
    ])
    // The form is shown again with what was stored.
    expect(state.values).toMatchObject({ skills: 'UXリサーチ, データ分析, SQL', joinedYear: '2012', hiddenFromDirectory: true })
  })

  it('clears optional fields left empty', async () => {
    const me = await createMember(payload, { title: 'CTO', skills: ['Go'], bio: 'old', openTo: ['investment'] })
    const state = await saveProfile(payload, me.user, profileForm(me.doc, { title: '', skills: '', bio: '', openTo: [] }))
    expect(state.status).toBe('saved')
    const doc = await stored(me)
    expect(doc.title ?? null).toBeNull()
    expect(doc.bio ?? null).toBeNull()
    expect(doc.skills ?? []).toEqual([])
    expect(doc.openTo ?? []).toEqual([])
  })

  it('stores the bio as plain text: markup and control characters removed, line breaks kept', async () => {
    const me = await createMember(payload)
    const bio =
      '<p>Hello <b>world</b></p>\r\n<script>alert(1)</script>Line two\u0007\u202E\n\n\n\nLast <img src=x onerror=alert(1)> line; 1 < 2 > 0'
    const state = await saveProfile(payload, me.user, profileForm(me.doc, { bio, careerSinceLeaving: '<a href="javascript:x">link</a>' }))
    expect(state.status).toBe('saved')
    const doc = await stored(me)
    expect(doc.bio).toBe('Hello world\nLine two\n\nLast  line; 1 < 2 > 0')
    expect(doc.careerSinceLeaving).toBe('link')
    expect(state.values.bio).toBe(doc.bio)
  })
})

describe('crafted input', () => {
  it('cannot change status, verification, login email, review fields or the verified flag', async () => {
    const me = await createMember(payload, { status: 'approved' })
    const state = await saveProfile(
      payload,
      me.user,
      profileForm(
        me.doc,
        { title: 'Changed' },
        {
          status: 'suspended',
          email: 'taken-over@evil.test',
          'verification.employeeNumber': 'FORGED',
          verification: JSON.stringify({ employeeNumber: 'FORGED' }),
          reviewMessage: 'approved by myself',
          _verified: 'false',
          password: 'new-password-123',
        },
      ),
    )
    expect(state.status).toBe('saved')
    const doc = await stored(me)
    expect(doc.title).toBe('Changed')
    expect(doc).toMatchObject({ status: 'approved', email: me.email, verification: me.doc.verification, _verified: true })
    expect(doc.reviewMessage).toBe(me.doc.reviewMessage)
    // The password is unchanged: signing in with the old one still works.
    await expect(payload.login({ collection: 'alumni', data: { email: me.email, password: me.password } })).resolves.toBeTruthy()
  })

  it("never writes someone else's profile, whatever id the form carries", async () => {
    const me = await createMember(payload)
    const other = await createMember(payload)
    const before = await stored(other)
    const state = await saveProfile(
      payload,
      me.user,
      profileForm(other.doc, { title: 'Hijacked', bio: 'Hijacked' }, { id: String(other.doc.id), alumnus: String(other.doc.id) }),
    )
    // The form is applied to the signed-in person's own document, and only to it.
    expect(state.status).toBe('saved')
    expect(await stored(other)).toEqual(before)
    expect((await stored(me)).title).toBe('Hijacked')
  })

  it('is refused for visitors, staff and alumni who are not approved', async () => {
    const pending = await createMember(payload, { status: 'pending' })
    const staff = await createStaff(payload, 'admin')
    for (const user of [null, staff.user, pending.user]) {
      const state = await saveProfile(payload, user, profileForm(pending.doc, { title: 'Not allowed' }))
      expect(state.status).toBe('failed')
      expect(state.formError?.key).toBe('notAllowed')
    }
    expect((await stored(pending)).title ?? null).toBeNull()
  })
})

describe('invalid input', () => {
  it('reports each problem on its field, keeps everything typed and stores nothing', async () => {
    const me = await createMember(payload, { title: 'Before' })
    const typed = {
      title: 'After',
      name: '  ',
      nameKana: 'Kana in Latin letters',
      bio: 'x'.repeat(2001),
      links: [
        { label: 'Site', url: 'javascript:alert(1)' },
        { label: 'Blog', url: 'blog.example.com' },
        { label: '', url: 'https://example.com' },
        { label: 'Bad', url: 'https://user:pass@example.com' },
      ],
      joinedYear: '2020',
      leftYear: '2010',
      contactEmail: 'not-an-email',
      contactPhone: 'call me',
      industry: 'piracy',
      skills: Array.from({ length: 21 }, (_, i) => `skill ${i}`).join(','),
    }
    const state = await saveProfile(payload, me.user, profileForm(me.doc, typed))
    expect(state.status).toBe('invalid')
    expect(Object.fromEntries(Object.entries(state.errors).map(([field, error]) => [field, error?.key]))).toEqual({
      name: 'required',
      nameKana: 'kana',
      bio: 'tooLong',
      'links.0.url': 'urlScheme',
      'links.1.url': 'urlScheme',
      'links.2.label': 'linkLabelRequired',
      'links.3.url': 'invalidUrl',
      leftYear: 'leftBeforeJoined',
      contactEmail: 'email',
      contactPhone: 'invalidPhone',
      industry: 'invalidChoice',
      skills: 'tooMany',
    })
    expect(state.errors.bio?.values).toEqual({ max: 2000 })
    // Everything typed comes back as typed, including the valid fields.
    expect(state.values).toMatchObject({ ...typed, links: expect.arrayContaining(typed.links) })
    expect((await stored(me)).title).toBe('Before')
  })
})
