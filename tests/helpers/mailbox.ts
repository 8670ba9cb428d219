/**
 * An SMTP server in the test process that keeps every message it receives, parsed. The app
 * sends through it exactly as through a real server (SMTP_HOST / SMTP_PORT → nodemailer), so a
 * test reads the mail a person would get and follows its links.
 *
 *   const mailbox = await startMailbox()
 *   process.env.SMTP_HOST = mailbox.host; process.env.SMTP_PORT = String(mailbox.port)
 *   const mail = await mailbox.waitFor((m) => m.to.includes('a@example.test'))
 */
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mail = {
  /** Envelope recipients, lower-cased: who the message was really sent to. */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  /** Header fields by lower-cased name, as sent (e.g. `list-unsubscribe`). */
  headers: Record<string, string>
  receivedAt: number
}

export type Mailbox = {
  host: string
  port: number
  /** Every message received so far, oldest first. */
  messages: Mail[]
  /** The first message (already received or still to come) that matches. */
  waitFor: (predicate: (mail: Mail) => boolean, timeoutMs?: number) => Promise<Mail>
  /** Messages to one address. */
  to: (address: string) => Mail[]
  /** SMTP connections so far: how many were opened, how many are open now. */
  connections: { opened: number; open: number }
  /**
   * Refuse the next `times` messages to an address, as a real server does: `450` (try later, a
   * passing problem) or `550` (no such mailbox, for good).
   */
  refuse: (address: string, times?: number, code?: 450 | 550) => void
  close: () => Promise<void>
}

/** Every http(s) link in a message, from its HTML (or its text when it has no HTML). */
export const linksIn = (mail: Mail): string[] => {
  const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
  const source = hrefs.length ? hrefs : [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0])
  return [...new Set(source)]
}

export const startMailbox = async ({ onMessage }: { onMessage?: (mail: Mail) => void } = {}): Promise<Mailbox> => {
  const messages: Mail[] = []
  const waiters = new Set<() => void>()
  const refusals = new Map<string, { left: number; code: number }>()
  const connections = { opened: 0, open: 0 }

  const server = new SMTPServer({
    // A local test server: no TLS, no authentication, quiet.
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // No DNS: a reverse lookup of 127.0.0.1 costs more than the rest of a delivery.
    disableReverseLookup: true,
    logger: false,
    onConnect(_session, callback) {
      connections.opened += 1
      connections.open += 1
      callback()
    },
    onClose() {
      connections.open -= 1
    },
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address.toLowerCase())
      if (!refusal || refusal.left <= 0) return callback()
      refusal.left -= 1
      callback(Object.assign(new Error('Mailbox unavailable (refused by the test)'), { responseCode: refusal.code }))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: Mail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()]),
            ),
            receivedAt: Date.now(),
          }
          messages.push(mail)
          onMessage?.(mail)
          for (const wake of waiters) wake()
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  const waitFor: Mailbox['waitFor'] = (predicate, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate)
        if (!found) return false
        waiters.delete(check)
        clearTimeout(timer)
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`no matching mail within ${timeoutMs} ms (received: ${messages.map((m) => `${m.to.join(',')} "${m.subject}"`).join('; ') || 'none'})`))
      }, timeoutMs)
      if (!check()) waiters.add(check)
    })

  return {
    host: '127.0.0.1',
    port,
    messages,
    waitFor,
    to: (address) => messages.filter((m) => m.to.includes(address.toLowerCase())),
    connections,
    refuse: (address, times = 1, code = 450) => void refusals.set(address.toLowerCase(), { left: times, code }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
