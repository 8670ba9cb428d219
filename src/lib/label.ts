/** A bilingual admin label: Japanese first, English second. */
export const l = (ja: string, en: string) => ({ ja, en })
