/** The Japanese font of the Open Graph images (src/lib/ogFonts.ts): the few subsets a text needs, as WOFF. */
import { describe, expect, it } from 'vitest'

import { fontsFor } from '@/lib/ogFonts'

describe('fontsFor', () => {
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
})
