import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

const sender = () => ({
  defaultFromAddress: process.env.SMTP_FROM || 'no-reply@enishi.example',
  defaultFromName: process.env.SMTP_FROM_NAME || 'Enishi',
})

/** The SMTP server from the environment; null when mail is printed to the console instead. */
const smtpOptions = () =>
  process.env.SMTP_HOST
    ? {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        // Local test servers have no certificate; production servers do.
        tls: { rejectUnauthorized: process.env.NODE_ENV === 'production' },
      }
    : null

/**
 * Mail goes through SMTP when SMTP_HOST is set (production, and the tests' in-process SMTP
 * server). Without it, in development, each message is printed to the console in a readable
 * form instead of being sent.
 */
export const emailAdapter = () => {
  const smtp = smtpOptions()
  if (smtp) return nodemailerAdapter({ ...sender(), skipVerify: true, transportOptions: smtp })
  return nodemailerAdapter({ ...sender(), skipVerify: true, transport: nodemailer.createTransport(consoleTransport) })
}

export type MailSession = { send: (message: SendEmailOptions) => Promise<unknown>; close: () => void }

/**
 * For sending many messages in a row (an announcement to every member): one SMTP connection
 * carries them all (nodemailer's pool, a fresh connection after 100 messages or an error)
 * instead of a connection per message, which costs more than the message itself. `close()`
 * ends the connection: call it when the run is over, so nothing stays open between runs.
 * Without SMTP_HOST, messages go through Payload's adapter (the console) one by one.
 */
export const openMailSession = (payload: Payload): MailSession => {
  const smtp = smtpOptions()
  if (!smtp) return { send: (message) => payload.sendEmail(message), close: () => {} }
  const transport = nodemailer.createTransport({ ...smtp, pool: true, maxConnections: 1 })
  const { defaultFromAddress, defaultFromName } = sender()
  return {
    send: (message) => transport.sendMail({ from: `${defaultFromName} <${defaultFromAddress}>`, ...message }),
    close: () => transport.close(),
  }
}

type Envelope = { from: string; to: string[] }
type MailData = { subject?: string; text?: string | Buffer; html?: string | Buffer }

/** A nodemailer transport that prints the message instead of sending it. */
const consoleTransport = {
  name: 'console',
  version: '1',
  send(mail: { data: MailData; message: { getEnvelope: () => Envelope } }, done: (err: Error | null, info: unknown) => void) {
    const { from, to } = mail.message.getEnvelope()
    const body = String(mail.data.text ?? mail.data.html ?? '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/gi, '$2 <$1>')
      .replace(/<[^>]+>/g, '')
      .trim()
    console.log(
      ['', '──── email (not sent: SMTP_HOST is not set) ────', `From:    ${from}`, `To:      ${to.join(', ')}`, `Subject: ${mail.data.subject ?? ''}`, '', body, '────────────────────────────────────────────', ''].join('\n'),
    )
    done(null, { envelope: { from, to }, messageId: `console-${Date.now()}` })
  },
}
