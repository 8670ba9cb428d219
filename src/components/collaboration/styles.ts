/** Shared look of the board's and the feed's plain (server-rendered) forms. */
export const inputClass = 'mt-1.5 block w-full rounded-md border border-line bg-white px-3 py-2 text-base shadow-sm focus:border-ai'
export const buttonClass = 'rounded-full bg-ai px-5 py-2 text-sm font-bold text-white hover:bg-ai/90'
export const quietButtonClass = 'rounded-full border border-line px-3 py-1 text-sm hover:border-ai hover:text-ai'
export const labelClass = 'block text-sm font-semibold'
