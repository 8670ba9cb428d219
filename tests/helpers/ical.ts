/**
 * Reads iCalendar text with ical.js — a different library from the one that writes it
 * (ical-generator) — the way calendar apps would: zones from the file's own VTIMEZONEs.
 */
import ICAL from 'ical.js'

export type ParsedEvent = { uid: string; summary: string; start: Date; end: Date; zone: string; description: string; location: string; url: string }

export const parseCalendar = (text: string): { events: ParsedEvent[]; zones: string[]; component: ICAL.Component } => {
  const component = new ICAL.Component(ICAL.parse(text))
  const zones = component.getAllSubcomponents('vtimezone').map((vtz) => {
    const zone = new ICAL.Timezone(vtz)
    ICAL.TimezoneService.register(zone, zone.tzid)
    return zone.tzid
  })
  const events = component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      zone: String(vevent.getFirstProperty('dtstart')?.getParameter('tzid') ?? ''),
      description: event.description ?? '',
      location: event.location ?? '',
      url: String(vevent.getFirstPropertyValue('url') ?? ''),
    }
  })
  return { events, zones, component }
}
