import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/**
 * Mail goes through SMTP when SMTP_HOST is set (production, and the tests' in-process SMTP
 * server). Without it, in development, each message is printed to the console in a readable
 * form instead of being sent.
 */
export const emailAdapter = () => {
  const from = {
    defaultFromAddress: process.env.SMTP_FROM || 'no-reply@enishi.example',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Enishi',
  }
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      ...from,
      skipVerify: true,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        // Local test servers have no certificate; production servers do.
        tls: { rejectUnauthorized: process.env.NODE_ENV === 'production' },
      },
    })
  }
  return nodemailerAdapter({ ...from, skipVerify: true, transport: nodemailer.createTransport(consoleTransport) })
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
