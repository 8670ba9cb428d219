/** The Japanese font of the Open Graph images (src/seo/ogFonts.ts): the few subsets a text needs, as WOFF. */
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import sharp from 'sharp'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { fontsFor } from '@/seo/ogFonts'

/** `text` drawn by next/og with the fonts fontsFor picks, as one dark-or-light flag per pixel. */
const draw = async (text: string) => {
  const { fonts, family } = await fontsFor(text)
  const style = { display: 'flex', width: '100%', height: '100%', background: '#fff', color: '#000', fontSize: 200, fontFamily: family }
  const png = Buffer.from(await new ImageResponse(createElement('div', { style }, text), { width: 400, height: 300, fonts }).arrayBuffer())
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })
  return Array.from(data, (value) => value < 128)
}

describe('fontsFor', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('loads only the WOFF subsets that cover the text, and names them all in the font family', async () => {
    const { fonts, family } = await fontsFor('ブーメラン入社を「当たり前」に。株式会社カザミ精工 — 縁 Enishi')
    expect(fonts.length).toBeGreaterThan(1)
    expect(fonts.length).toBeLessThan(25)
    for (const font of fonts) {
      // WOFF signature: the image renderer cannot read WOFF2.
      expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF')
      expect(family).toContain(`"${font.name}"`)
    }
    expect((await fontsFor('Enishi')).fonts).toHaveLength(1)
    expect((await fontsFor('')).fonts).toHaveLength(0)
  })

  it('lets next/og draw Japanese from the bundled font alone, each character as its own glyph', async () => {
    // Without a font for a character, next/og fetches one from Google Fonts, and offline draws
    // the same empty box for every character: no request may go out, and 縁 and 絆 must differ.
    // (The renderer loads its own WebAssembly from a data: URL, which stays allowed.)
    const realFetch = globalThis.fetch
    const requested: string[] = []
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.startsWith('data:')) return realFetch(input, init)
      requested.push(url)
      return Promise.reject(new Error('no network in this test'))
    })
    const [en, kizuna] = [await draw('縁'), await draw('絆')]
    expect(requested).toEqual([])
    const ink = (pixels: boolean[]) => pixels.filter(Boolean).length
    expect(ink(en)).toBeGreaterThan(5000)
    expect(ink(kizuna)).toBeGreaterThan(5000)
    expect(en.filter((dark, i) => dark !== kizuna[i]).length).toBeGreaterThan(2000)
  })
})
