import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createTranslator, type MessageKey, type MessageVars } from '../../../src/i18n/translator';
import { FixedClock, MONDAY_16_NOVEMBER } from '../../support/booking';
import { startWebChatSignpost, type WebChatSignpost } from '../../support/webChat';

/**
 * The Web Chat page in headless Chromium (Debian's chromium, driven by playwright-core), against the
 * real server, its own Direct Line and the test Redis. The patient's journey is checked by what a
 * person would see on the page, in the locale's words. The clock is fixed (Monday 16 November
 * 2026), so the times offered do not depend on today's date. A step that fails leaves a screenshot
 * in test-artifacts/.
 */

const root = path.join(__dirname, '../../..');
const artifacts = path.join(root, 'test-artifacts');
const t = createTranslator({ localesDir: path.join(root, 'locales'), defaultLocale: 'en-GB' });
const say = (key: MessageKey, vars?: MessageVars) => t.t('en-GB', key, vars);
const PRACTICE = 'Riverside Surgery';
const offerNames = (
  JSON.parse(readFileSync(path.join(root, 'data/directory/riverside-pcn.oruk.json'), 'utf8')) as {
    name: string;
  }[]
).map((offer) => plain(offer.name));

/** Web Chat renders bot text as Markdown, which curls quotes; people read both the same. */
function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the Web Chat page in a real browser', () => {
  let signpost: WebChatSignpost;
  let context: BrowserContext;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'signpost-chromium-'));
  /** Everything the browser complained about: script errors, refused resources, CSP violations. */
  const complaints: string[] = [];
  /** Every URL the page asked for. */
  const requested: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    signpost = await startWebChatSignpost({ clock: new FixedClock(MONDAY_16_NOVEMBER) });
    // playwright-core launches with a profile of its own; --user-data-dir goes through this call.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
  });

  afterAll(async () => {
    await context?.close();
    await signpost?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function openPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') complaints.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => complaints.push(`page error: ${error.message}`));
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(signpost.url);
    return page;
  }

  /** Runs one step of a journey; when it fails, the page as it was is kept as a screenshot. */
  async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const file = path.join(artifacts, `webchat-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw new Error(`step "${name}" failed (screenshot: ${path.relative(root, file)}): ${String(err)}`);
    }
  }

  const chatText = async (page: Page) => plain(await page.locator('#webchat').innerText());

  /** Waits until the chat shows `text` more often than it did before `action` (a new message). */
  async function after(page: Page, action: () => Promise<void>, text: string): Promise<void> {
    const before = occurrences(await chatText(page), plain(text));
    await action();
    await shows(page, text, before + 1);
  }

  /** Waits until the chat shows `text` at least `times` times. */
  async function shows(page: Page, text: string, times = 1, timeoutMs = 15000): Promise<void> {
    const wanted = plain(text);
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = await chatText(page);
      if (occurrences(now, wanted) >= times) return;
      if (performance.now() > deadline) {
        throw new Error(`the chat did not show "${wanted}"; it ends with: …${now.slice(-300)}`);
      }
      await page.waitForTimeout(100);
    }
  }

  const button = (scope: Page | Locator, name: string) =>
    scope.getByRole('button', { name, exact: true }).last();

  async function type(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  }

  async function axeProblems(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, so the page's own CSP (scripts from 'self' only) stays on.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      interface AxeResult {
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      }
      const { axe } = globalThis as unknown as { axe: { run(options: object): Promise<AxeResult> } };
      const result = await axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      }));
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
  }

  it('shows the practice, what to do in an emergency, the privacy note and the languages, and welcomes', async () => {
    const page = await openPage();
    try {
      await step(page, 'page', async () => {
        expect(await page.title()).toBe(say('web.title', { practice: PRACTICE }));
        expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
          say('web.heading', { practice: PRACTICE }),
        );
        const body = plain(await page.locator('body').innerText());
        const numbers = { call999: '999', call111: '111' };
        for (const key of [
          'web.emergency.heading',
          'web.privacy.heading',
          'web.privacy.consent',
          'web.privacy.shared',
        ] as const) {
          expect(body).toContain(plain(say(key)));
        }
        expect(body).toContain(say('web.privacy.kept', { hours: 24 }));
        expect(body).toContain(plain(say('web.emergency.lifeAtRisk', numbers)));
        expect(body).toContain(plain(say('web.emergency.mentalHealth', numbers)));
        // Crisis numbers are links a phone can call with one tap.
        const calls = await page
          .locator('.emergency a[href^="tel:"]')
          .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));
        expect(calls).toEqual([
          ['tel:999', '999'],
          ['tel:111', '111'],
        ]);
        const languages = await page
          .getByLabel(say('web.language.label'))
          .locator('option')
          .evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
        expect(languages).toEqual(t.locales);
      });

      await step(page, 'welcome', async () => {
        await shows(page, say('menu.prompt'));
        const chat = await chatText(page);
        expect(chat).toContain(plain(say('welcome.greeting', { practice: PRACTICE })));
        expect(chat).toContain(plain(say('welcome.emergency')));
        await button(page, say('journey.menu')).waitFor({ state: 'visible' });
      });

      await step(page, 'accessibility of the page', async () => {
        expect(await axeProblems(page)).toEqual([]);
      });

      await step(page, 'only Signpost is asked for anything', async () => {
        const origin = new URL(signpost.url);
        const outside = requested.filter((url) => {
          const parsed = new URL(url);
          return !['data:', 'blob:'].includes(parsed.protocol) && parsed.host !== origin.host;
        });
        expect(outside).toEqual([]);
        expect(requested).toContain(`${signpost.url}/webchat/webchat.js`);
        expect(complaints).toEqual([]);
      });
    } finally {
      await page.close();
    }
  }, 60000);

  it('takes a patient from the welcome to a booked link-worker slot', async () => {
    const page = await openPage();
    try {
      await step(page, 'welcome', () => shows(page, say('menu.prompt')));

      await step(page, 'choose what matters', () =>
        after(page, () => button(page, say('journey.menu')).click(), say('privacy.ask')),
      );
      await step(page, 'agree to the privacy notice', () =>
        after(page, () => button(page, say('privacy.agree')).click(), say('whatMatters.ask')),
      );
      await step(page, 'say what matters', () =>
        after(page, () => type(page, 'I feel lonely since I retired'), say('whatMatters.confirm')),
      );
      await step(page, 'confirm it', () =>
        after(page, () => button(page, say('whatMatters.yes')).click(), say('followUps.interests.ask')),
      );
      const followUps = [
        'followUps.availability.ask',
        'followUps.travel.ask',
        'followUps.cost.ask',
        'followUps.access.ask',
        'wellbeing.offer',
      ] as const;
      for (const next of followUps) {
        await step(page, `skip a follow-up before ${next}`, () =>
          after(page, () => type(page, 'skip'), say(next)),
        );
      }

      const interestedPrefix = say('suggestions.button.interestedIn', { name: '' });
      const cards = page.locator('.ac-adaptiveCard').filter({
        has: page.getByRole('button', { name: interestedPrefix }),
      });
      const titles = await step(page, 'decline the wellbeing questions and see suggestions', async () => {
        await after(page, () => button(page, say('wellbeing.no')).click(), say('suggestions.intro'));
        await cards.first().waitFor({ state: 'visible' });
        const shown = await cards.evaluateAll((nodes) =>
          nodes.map(
            (node) =>
              (node.querySelector('.ac-textBlock') as unknown as { innerText: string } | null)?.innerText ??
              '',
          ),
        );
        expect(shown.length).toBeGreaterThan(0);
        for (const title of shown) expect(offerNames).toContain(plain(title));
        return shown.map(plain);
      });

      await step(
        page,
        'card buttons are as large as the text around them, and each has a name of its own',
        async () => {
          const sizes = await page.evaluate(() => {
            // The page's own globals, typed by hand: the tests compile without the DOM library.
            const browser = globalThis as unknown as {
              document: { querySelectorAll(selector: string): Iterable<unknown> };
              getComputedStyle(node: unknown): { fontSize: string };
            };
            const px = (selector: string) =>
              [...browser.document.querySelectorAll(selector)].map((node) =>
                parseFloat(browser.getComputedStyle(node).fontSize),
              );
            return {
              buttons: px('.ac-adaptiveCard .ac-pushButton, .webchat__suggested-action'),
              cardText: px('.ac-adaptiveCard .ac-textBlock'),
              bubbles: px('.webchat__bubble__content .markdown, .webchat__bubble__content p'),
            };
          });
          const body = Math.max(...sizes.cardText, ...sizes.bubbles);
          expect(sizes.buttons.length).toBeGreaterThan(0);
          expect(Math.min(...sizes.buttons)).toBeGreaterThanOrEqual(body);
          const names = await cards.getByRole('button').allInnerTexts();
          expect(new Set(names).size).toBe(names.length);
        },
      );

      await step(page, "say I'm interested in the first suggestion", async () => {
        await after(
          page,
          () => button(cards.first(), say('suggestions.button.interestedIn', { name: titles[0] })).click(),
          say('suggestions.bookNext'),
        );
        expect(await chatText(page)).toContain(plain(say('suggestions.interested', { name: titles[0] })));
      });

      await step(page, 'ask to book', () =>
        after(page, () => button(page, say('suggestions.button.book')).click(), say('booking.when.ask')),
      );
      const times = page
        .locator('.ac-adaptiveCard')
        .filter({ hasText: say('booking.offer.cardHeading') })
        .last();
      await step(page, 'say when suits', async () => {
        await after(page, () => type(page, 'next Tuesday afternoon'), say('booking.offer.cardHeading'));
        await times.waitFor({ state: 'visible' });
      });

      const firstTime = times.getByRole('button').first();
      const when = plain(await firstTime.innerText());
      expect(when).toMatch(/^Tuesday 24 November at /);
      const [askBefore, askAfter] = say('booking.mode.ask', { worker: '\u0000' })
        .split('\u0000')
        .map(escapeRegExp);
      const modeQuestion = new RegExp(`${askBefore}(.+?)${askAfter}`);
      const worker = await step(page, 'choose the first time', async () => {
        await after(page, () => firstTime.click(), say('booking.mode.label.video'));
        const found = modeQuestion.exec(await chatText(page));
        expect(found).not.toBeNull();
        return (found as RegExpExecArray)[1];
      });
      const how = say('booking.how.video');
      await step(page, 'choose a video call', () =>
        after(
          page,
          () => button(page, say('booking.mode.label.video')).click(),
          say('booking.check.summary', { when, worker, how }),
        ),
      );
      await step(page, 'book it', async () => {
        await after(
          page,
          () => button(page, say('booking.check.yes')).click(),
          say('booking.done.confirmed', { when, worker, how }),
        );
        const download = page.getByRole('link', {
          name: new RegExp(escapeRegExp(say('booking.calendar.fileName'))),
        });
        await download.last().waitFor({ state: 'visible' });
      });

      await step(page, 'accessibility with cards in the chat', async () => {
        expect(await axeProblems(page)).toEqual([]);
      });
      expect(complaints).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120000);
});

describe('the Web Chat page with a short token life', () => {
  let signpost: WebChatSignpost;
  let context: BrowserContext;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'signpost-chromium-'));

  beforeAll(async () => {
    signpost = await startWebChatSignpost({ env: { DIRECTLINE_TOKEN_TTL_SECONDS: '20' } });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-GB',
    });
  });
  afterAll(async () => {
    await context?.close();
    await signpost?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const chatOf = async (page: Page) => plain(await page.locator('#webchat').innerText());
  async function waitFor(page: Page, text: string, times = 1, timeoutMs = 40_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (occurrences(await chatOf(page), plain(text)) < times) {
      if (performance.now() > deadline) throw new Error(`the chat did not show "${text}" ${times} times`);
      await page.waitForTimeout(200);
    }
  }
  const stored = (page: Page) =>
    page.evaluate(() => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } })
        .sessionStorage;
      return JSON.parse(storage.getItem('signpost.webchat') ?? 'null') as { token: string } | null;
    });
  async function type(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  }

  it('keeps a chat going past its first token, and a reload carries on the same chat', async () => {
    const page = await context.newPage();
    try {
      await page.goto(signpost.url);
      await waitFor(page, say('menu.prompt'));
      const first = (await stored(page))?.token;
      expect(first).toBeTruthy();
      // Longer than a token lives: the page has refreshed it (at half its life), maybe twice.
      await page.waitForTimeout(25_000);
      await type(page, 'help');
      await waitFor(page, say('help.intro'));
      const newest = (await stored(page))?.token;
      expect(newest).toBeTruthy();
      expect(newest).not.toBe(first);

      // The token the page started with was replaced, and so it no longer works.
      const replaced = await fetch(`${signpost.url}/v3/directline/tokens/refresh`, {
        method: 'POST',
        headers: { authorization: `Bearer ${first}` },
      });
      expect([401, 403]).toContain(replaced.status);

      await page.reload();
      // The same chat: what was said before is shown again, and it still answers.
      await waitFor(page, say('help.intro'));
      expect(await chatOf(page)).toContain(plain(say('welcome.greeting', { practice: PRACTICE })));
      await type(page, 'help');
      await waitFor(page, say('help.intro'), 2);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('the Web Chat page over HTTP', () => {
  let signpost: WebChatSignpost;

  beforeAll(async () => {
    signpost = await startWebChatSignpost({ env: { PRACTICE_NAME: 'St <Mary> & "Joseph\'s"' } });
  });
  afterAll(() => signpost.close());

  it('is served with a strict content security policy, in the chosen language, with the practice name escaped', async () => {
    const response = await fetch(`${signpost.url}/?lang=en-gb`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe/);
    // No other site may show it in a frame unless FRAME_ANCESTORS says so.
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('St &#60;Mary&#62; &#38; &#34;Joseph&#39;s&#34;');
    expect(html).not.toContain('<Mary>');
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    expect(html).toContain('<option value="en-GB" lang="en-GB" selected>');
  });

  it('lets the practice’s own site frame the page when FRAME_ANCESTORS names it', async () => {
    const framed = await startWebChatSignpost({
      env: { FRAME_ANCESTORS: 'https://www.riverside-surgery.example' },
    });
    try {
      const response = await fetch(framed.url);
      expect(response.headers.get('content-security-policy')).toContain(
        'frame-ancestors https://www.riverside-surgery.example',
      );
      expect(response.headers.get('x-frame-options')).toBeNull();
    } finally {
      await framed.close();
    }
  });

  it('serves Web Chat from node_modules, compressed and cached by ETag', async () => {
    const first = await fetch(`${signpost.url}/webchat/webchat.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const body = await first.text();
    expect(body.length).toBeGreaterThan(1_000_000);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${signpost.url}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    for (const asset of ['/web/app.js', '/web/app.css']) {
      expect((await fetch(`${signpost.url}${asset}`)).status).toBe(200);
    }
    expect((await fetch(`${signpost.url}/web/../package.json`)).status).toBe(404);
  });
});
