/**
 * Read a required environment variable. The launcher (scripts/with-db.ts) sets DATABASE_URL
 * and a development PAYLOAD_SECRET; production must provide both.
 */
export const requireEnv = (name: string): string => {
  const value = process.env[name]
  if (value) return value
  throw new Error(`${name} is not set. Start the app through npm scripts, or set ${name} in .env.`)
}
