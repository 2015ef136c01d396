import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { MessageKey, Translator } from '../../i18n/translator';
import type { Log } from '../../services/ports';

/**
 * The Web Chat page at GET /: web/index.html filled in on the server with the practice's name and
 * the locale's sentences (so it reads right before any script runs, and without one), plus its
 * stylesheet, its script and Web Chat itself, served from node_modules: no CDN is involved, so a
 * deployment inside an NHS network needs nothing from outside it.
 */

export interface WebChatPageDeps {
  translator: Translator;
  practiceName: string;
  log: Log;
  /** Hours a conversation's messages are kept (said in the privacy note). */
  keptHours: number;
  /** CSP frame-ancestors: 'none' (the default), 'self', or the practice's own https origins. */
  frameAncestors?: string;
  /** The folder holding index.html, app.css and app.js; default the project's web/. */
  webDir?: string;
}

/** Each placeholder of index.html and the sentence that fills it. */
const TEXTS = {
  title: 'web.title',
  skipToChat: 'web.skipToChat',
  serviceName: 'web.serviceName',
  heading: 'web.heading',
  intro: 'web.intro',
  notPerson: 'web.notPerson',
  emergencyHeading: 'web.emergency.heading',
  lifeAtRisk: 'web.emergency.lifeAtRisk',
  mentalHealth: 'web.emergency.mentalHealth',
  notEmergency: 'web.emergency.notEmergency',
  chatHeading: 'web.chat.heading',
  chatLoading: 'web.chat.loading',
  chatNoScript: 'web.chat.noScript',
  chatFailed: 'web.chat.failed',
  privacyHeading: 'web.privacy.heading',
  privacyConsent: 'web.privacy.consent',
  privacyKept: 'web.privacy.kept',
  privacyShared: 'web.privacy.shared',
  languageLabel: 'web.language.label',
  languageChange: 'web.language.change',
} as const satisfies Record<string, MessageKey>;

/**
 * Scripts only from Signpost itself; Web Chat sets styles from script, hence 'unsafe-inline' for
 * styles (not for scripts). 'self' covers the same-origin WebSocket. frame-ancestors is added per
 * deployment: no site may frame the page unless FRAME_ANCESTORS names it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

interface Asset {
  type: string;
  load: () => Buffer;
  cacheControl: string;
}

interface LoadedAsset {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

export function registerWebChatPage(server: Server, deps: WebChatPageDeps): void {
  const webDir = deps.webDir ?? path.join(projectRoot(), 'web');
  const template = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const webChatDist = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist');

  const assets: Record<string, Asset> = {
    '/web/app.css': {
      type: 'text/css; charset=utf-8',
      load: () => readFileSync(path.join(webDir, 'app.css')),
      cacheControl: 'no-cache',
    },
    '/web/app.js': {
      type: 'text/javascript; charset=utf-8',
      load: () => readFileSync(path.join(webDir, 'app.js')),
      cacheControl: 'no-cache',
    },
    '/webchat/webchat.js': {
      type: 'text/javascript; charset=utf-8',
      load: () => readFileSync(path.join(webChatDist, 'webchat.js')),
      cacheControl: 'public, max-age=86400',
    },
  };
  // Read and compressed once, on first use: Web Chat is 4 MB, about 1 MB gzipped.
  const loaded = new Map<string, LoadedAsset>();
  const load = (name: string, source: Asset): LoadedAsset => {
    let asset = loaded.get(name);
    if (!asset) {
      const body = source.load();
      asset = {
        body,
        gzipped: gzipSync(body),
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 20)}"`,
      };
      loaded.set(name, asset);
    }
    return asset;
  };

  for (const [name, source] of Object.entries(assets)) {
    server.get(name, async (req: Request, res: Response) => {
      let asset: LoadedAsset;
      try {
        asset = load(name, source);
      } catch (err) {
        deps.log.error(
          { err: { message: err instanceof Error ? err.message : String(err) }, asset: name },
          'web chat: asset missing',
        );
        res.json(500, { error: 'internal error' });
        return;
      }
      const headers: Record<string, string> = {
        'Content-Type': source.type,
        'Cache-Control': source.cacheControl,
        ETag: asset.etag,
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      if (req.header('if-none-match') === asset.etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
      const body = gzip ? asset.gzipped : asset.body;
      res.writeHead(200, {
        ...headers,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        'Content-Length': String(body.length),
      });
      res.end(body);
    });
  }

  const frameAncestors = deps.frameAncestors ?? "'none'";
  const pageHeaders: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameAncestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  // For browsers without CSP frame-ancestors. It can only say "nobody" or "this site": with a
  // practice's own site allowed, CSP alone decides (browsers that know it ignore this header).
  if (frameAncestors === "'none'") pageHeaders['X-Frame-Options'] = 'DENY';
  else if (frameAncestors === "'self'") pageHeaders['X-Frame-Options'] = 'SAMEORIGIN';

  server.get('/', async (req: Request, res: Response) => {
    const locale = chooseLocale(deps.translator, req);
    const html = renderPage({
      template,
      translator: deps.translator,
      locale,
      practiceName: deps.practiceName,
      keptHours: deps.keptHours,
    });
    res.writeHead(200, pageHeaders);
    res.end(html);
  });
}

/**
 * Phone numbers the emergency sentences name, each shown as a tap-to-call link. The sentence holds a
 * placeholder ({{call999}}); the link is put in after the sentence is escaped.
 */
const CALL_LINKS: Record<string, string> = { call999: '999', call111: '111' };

/** The page in one locale: every placeholder replaced by escaped text. */
export function renderPage(input: {
  template: string;
  translator: Translator;
  locale: string;
  practiceName: string;
  keptHours: number;
}): string {
  const { translator, locale } = input;
  // Each number becomes a marker no sentence contains, replaced by its link after escaping.
  const markers = Object.fromEntries(Object.keys(CALL_LINKS).map((name) => [name, `@@tel:${name}@@`]));
  const vars = { practice: input.practiceName, hours: input.keptHours, ...markers };
  const values: Record<string, string> = { lang: locale, locale, practice: input.practiceName };
  for (const [placeholder, key] of Object.entries(TEXTS))
    values[placeholder] = translator.t(locale, key, vars);
  const escaped = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      escapeHtml(value).replace(/@@tel:(\w+)@@/g, (_whole, link: string) => {
        const number = CALL_LINKS[link];
        return number === undefined ? '' : `<a href="tel:${number}">${number}</a>`;
      }),
    ]),
  );
  escaped.languageOptions = translator.locales
    .map(
      (tag) =>
        `<option value="${escapeHtml(tag)}" lang="${escapeHtml(tag)}"${tag === locale ? ' selected' : ''}>${escapeHtml(languageName(tag))}</option>`,
    )
    .join('');
  return input.template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => escaped[name] ?? whole);
}

/** ?lang= when it names a locale Signpost has, else the browser's first language it has, else the default. */
function chooseLocale(translator: Translator, req: Request): string {
  const asked = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  if (asked && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(asked)) return translator.resolve(asked);
  const accepted = (req.header('accept-language') ?? '')
    .split(',')
    .map((part) => {
      const [tag = ''] = part.split(';');
      return tag.trim();
    })
    .filter((tag) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(tag))
    .slice(0, 10);
  for (const tag of accepted) {
    const language = tag.toLowerCase().split('-')[0];
    const found = translator.locales.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (found) return translator.resolve(tag);
  }
  return translator.defaultLocale;
}

/** A language's name in that language ("English (United Kingdom)", "Cymraeg"), as people look for their own. */
function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The folder with package.json above this file, from src/ or from dist/src/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
