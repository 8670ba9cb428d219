/**
 * Password rules for alumni accounts, one function shared by the registration form, the
 * reset form and the collection hook that guards REST registrations.
 *
 * - at least 10 characters (length beats composition rules: NIST SP 800-63B), at most 256;
 * - not the email address or its local part;
 * - not a well-known password: lower-cased and with leading/trailing digits and symbols taken
 *   off ("Password2024!" → "password"), it must not be on COMMON_PASSWORDS;
 * - not a keyboard or counting run ("1234567890", "qwertyuiop", "zyxwvutsrq");
 * - at least 4 different characters ("aaaaaaaaaa", "ababababab" are refused).
 */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 256

/**
 * Passwords at the top of published breach lists, plus words people pick for this site.
 * Short ones matter too: "password" plus digits passes the length rule.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'qwerty', 'qwertyuiop', 'qwertyuiop@',
  'asdfghjkl', 'asdfasdf', 'zxcvbnm', 'qazwsx', 'qazwsxedc', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx',
  'abc', 'abcd', 'abcdef', 'abcdefgh', 'abcdefghij', 'iloveyou', 'letmein', 'welcome', 'admin',
  'administrator', 'login', 'master', 'monkey', 'dragon', 'football', 'baseball', 'soccer',
  'sunshine', 'princess', 'shadow', 'superman', 'batman', 'starwars', 'pokemon', 'doraemon',
  'sakura', 'trustno', 'changeme', 'secret', 'test', 'guest', 'user', 'hello', 'freedom',
  'whatever', 'computer', 'internet', 'enishi', 'alumni', 'tsumugi', 'tsumugiworks',
])

export type PasswordProblem = 'tooShort' | 'tooLong' | 'isEmail' | 'common' | 'simple'

const EDGES = /^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu

const RUNS = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm']
const isRun = (text: string) =>
  RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text))

/** The first rule the password breaks, or null when it is acceptable. */
export const checkPassword = (password: string, email?: string | null): PasswordProblem | null => {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort'
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong'
  const lower = password.toLowerCase()
  if (email) {
    const address = email.trim().toLowerCase()
    const local = address.split('@')[0]
    if (lower === address || (local && lower === local)) return 'isEmail'
  }
  if (COMMON_PASSWORDS.has(lower.replace(EDGES, ''))) return 'common'
  if (isRun(lower) || new Set(lower).size < 4) return 'simple'
  return null
}
