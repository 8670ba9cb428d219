import localFont from 'next/font/local'

/**
 * Noto Sans JP's Latin subset (400 and 700, WOFF2, from @fontsource), served by
 * next/font from this site: letters, digits and punctuation look the same on every device.
 * Japanese text uses the device's own Japanese fonts (globals.css): a web font covering the kanji
 * an editor may write is megabytes, and a fixed subset cannot know the titles to come.
 * next/font adds a size-adjusted fallback, so the swap does not move the page (docs/performance.md).
 */
export const latin = localFont({
  src: [
    { path: '../../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  // The subset's own range (@fontsource's 400.css): other characters go straight to the next font.
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
  variable: '--font-latin',
  display: 'swap',
  adjustFontFallback: 'Arial',
})
