/**
 * A small RFC 5545 reader for tests: enough to check what a calendar app would read from Signpost's
 * .ics files (unfolded lines, parameters, TEXT unescaping, UTC and TZID date-times), without
 * trusting the library that wrote them.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export function readIcs(text: string): IcsProperty[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

/** The properties of the first VEVENT (not its alarms), by name. */
export function eventOf(text: string): Map<string, IcsProperty> {
  const properties = readIcs(text);
  const begin = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const event = new Map<string, IcsProperty>();
  let depth = 0;
  for (const property of properties.slice(begin + 1)) {
    if (property.name === 'BEGIN') depth += 1;
    if (property.name === 'END' && depth === 0) break;
    if (property.name === 'END') depth -= 1;
    else if (depth === 0 && !event.has(property.name)) event.set(property.name, property);
  }
  return event;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** The instant a DATE-TIME names: UTC ("...Z") or, with TZID=Europe/London, London wall-clock time. */
export function instantOf(property: IcsProperty): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(property.value);
  if (!match) throw new Error(`not a DATE-TIME: ${property.value}`);
  const [, y, mo, d, h, mi, s, z] = match;
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (z) return asUtc;
  if (property.params.TZID !== 'Europe/London')
    throw new Error(`floating or unknown zone: ${property.value}`);
  // London is UTC+0 or UTC+1: the one reading whose London wall clock matches is the instant.
  for (const offsetHours of [0, 1]) {
    const candidate = asUtc - offsetHours * 3_600_000;
    if (londonWallClock(candidate) === `${y}-${mo}-${d} ${h}:${mi}`) return candidate;
  }
  throw new Error(`no such London time: ${property.value}`);
}

/** 'YYYY-MM-DD HH:MM' on the Europe/London wall clock. */
export function londonWallClock(instant: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The instant of a date-time property of an event (DTSTART, DTEND, DTSTAMP); throws when it is missing. */
export function eventInstant(event: Map<string, IcsProperty>, name: string): number {
  const property = event.get(name);
  if (!property) throw new Error(`no ${name}`);
  return instantOf(property);
}
