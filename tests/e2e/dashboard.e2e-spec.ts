/**
 * The dashboard in a real browser (Debian's headless Chromium through
 * playwright-core) against the real pipeline on a real broker: the seeds'
 * rows, a live article appearing without a reload, the evidence of a row,
 * hostile text shown as text, and the event stream resuming after the
 * dashboard restarts. Screenshots at 1280×800 and 390×844 are saved in
 * SKYTALLY_E2E_ARTIFACTS (default .skytally/e2e); SKYTALLY_UPDATE_SCREENSHOT=1
 * also writes the desktop one to docs/dashboard.png.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import type { Producer } from 'kafkajs';
import { HOSTILE_OUTLET, HOSTILE_TITLE, liveArticle, seedMessages } from './support/articles';
import { type Browser, launchBrowser } from './support/browser';
import { DashboardRun } from './support/dashboard-run';

const root = resolve(__dirname, '../..');
const artifacts = resolve(root, process.env.SKYTALLY_E2E_ARTIFACTS ?? '.skytally/e2e');

/** What the test reads of a table row in the page (it compiles without the DOM's types). */
interface RowElement {
  getAttribute(name: string): string | null;
}

interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

const cell = (page: Page, key: string, col: string) => page.locator(`tr[data-key="${key}"] [data-col="${col}"]`);

describe('the dashboard in a browser, on the real pipeline', () => {
  const run = new DashboardRun();
  let browser: Browser;
  let page: Page;
  let producer: Producer;
  const policyViolations: string[] = [];
  const pageErrors: string[] = [];
  const streamRequests: Request[] = [];

  /**
   * Feeds one article and returns how long it took, from the send, until `key`'s `all` cell reads `expected`.
   * The time is printed, not asserted: on two cores shared with three other test files it says more about
   * the machine than the dashboard (latency is measured by `npm run bench`, against a baseline).
   */
  async function feedAndTime(message: { key: string; value: string }, key: string, expected: string): Promise<number> {
    const started = Date.now();
    await producer.send({ topic: run.pipeline.topics.raw, messages: [message] });
    // A function, not a string: the page's policy forbids eval. (globalThis: the test compiles without the DOM's types.)
    const selector = `tr[data-key="${key}"] [data-col="all"]`;
    await page.waitForFunction(
      ([sel, want]) => (globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent === want,
      [selector, expected] as const,
      { timeout: 30_000, polling: 'raf' },
    );
    return Date.now() - started;
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    await run.start();
    producer = run.pipeline.kafka.producer();
    await producer.connect();
    await producer.send({ topic: run.pipeline.topics.raw, messages: seedMessages() });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) policyViolations.push(m.text());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('request', (r) => {
      if (r.url().includes('/api/stream')) streamRequests.push(r);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await producer?.disconnect();
    await run.stop();
  });

  it("serves the page with a strict policy and shows the seeds' rows", async () => {
    const response = await page.goto(run.url);
    expect(response?.status()).toBe(200);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    await expect(page.locator('script[src^="http"], link[href^="http"]').count()).resolves.toBe(0);

    await cell(page, 'RU-BRY', 'all').filter({ hasText: /^64$/ }).waitFor({ timeout: 120_000 });
    await cell(page, 'RU', 'all').filter({ hasText: /^203$/ }).waitFor({ timeout: 60_000 });
    await expect(cell(page, 'RU-KLU', 'all').textContent()).resolves.toBe('9');
    await expect(cell(page, 'RU-SMO', 'all').textContent()).resolves.toBe('5');
    await expect(page.locator('tr[data-key="RU-BRY"] [data-col="name"]').textContent()).resolves.toContain(
      'Bryansk Oblast',
    );
    await page.locator('#status.live').waitFor({ timeout: 15_000 });
    // The map colours the same numbers.
    await expect(page.locator('.tile[data-code="RU-BRY"] .value').textContent()).resolves.toBe('64');
  });

  it('shows a newly fed article without a reload', async () => {
    await page.evaluate('window.__samePage = true');
    const elapsed = await feedAndTime(
      liveArticle('e2e-voronezh', 17, 'Voronezh Oblast', HOSTILE_TITLE, HOSTILE_OUTLET),
      'RU-VOR',
      '17',
    );
    process.stderr.write(`[e2e] fed article on the page after ${elapsed} ms\n`);
    await expect(page.evaluate('window.__samePage')).resolves.toBe(true);
  });

  it("shows a selected row's evidence sentence, with the number marked", async () => {
    await page.locator('tr[data-key="RU-BRY"] button.select').click();
    const evidence = page.locator('#evidence');
    await evidence
      .locator('blockquote')
      .filter({ hasText: /\b64 of these drones\b.*\bBryansk Oblast\b/ })
      .first()
      .waitFor({ timeout: 10_000 });
    await expect(evidence.locator('mark').first().textContent()).resolves.toBe('64');
    await expect(page.locator('#detail h2').textContent()).resolves.toContain('Bryansk Oblast');
    await expect(page.locator('#detail svg.chart rect.bar[data-count="64"]').count()).resolves.toBeGreaterThan(0);
  });

  it('is usable with the keyboard, and shows hostile article text as text', async () => {
    await page.locator('tr[data-key="RU-VOR"] button.select').focus();
    await page.keyboard.press('Enter');
    const report = page.locator('#evidence .report').first();
    await report.getByText(HOSTILE_TITLE, { exact: true }).waitFor({ timeout: 10_000 });
    await expect(report.locator('.outlet').textContent()).resolves.toBe(HOSTILE_OUTLET);
    await expect(report.locator('a').getAttribute('href')).resolves.toBe('https://news.example/e2e-voronezh');
    await expect(page.locator('#detail script, #detail img, #detail details, #detail b').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__xss')).resolves.toBeUndefined();
    await expect(report.locator('mark').textContent()).resolves.toBe('17');
    // Focus survives the live re-render of the table.
    await expect(page.evaluate('document.activeElement?.dataset.focus')).resolves.toBe('row:RU-VOR');
  });

  it('filters by country, weapon and claimant, sorts by any column, and colours the chosen window', async () => {
    const keys = () =>
      page.locator('#rows tbody tr').evaluateAll((rows: RowElement[]) => rows.map((r) => r.getAttribute('data-key')));
    // Which claimants the seeds yield is the extractor's business: take them from the state.
    const { rows } = (await (await fetch(`${run.url}/api/state`)).json()) as {
      rows: { key: string; byClaimant?: Record<string, number> }[];
    };
    const claimant = Object.keys(rows.find((r) => r.key === 'RU-BRY')?.byClaimant ?? {})[0];
    if (claimant === undefined) throw new Error('the seeds give RU-BRY no claimant');
    await page.selectOption('#filter-claimant', claimant);
    const expected = rows.filter((r) => (r.byClaimant?.[claimant] ?? 0) > 0).map((r) => r.key);
    await expect(keys().then((k) => k.sort())).resolves.toEqual(expected.sort());
    expect(expected.length).toBeLessThan(rows.length);
    await page.selectOption('#filter-claimant', '');
    await page.selectOption('#filter-weapon', 'drone');
    await page.selectOption('#filter-country', 'RU');
    await page.locator('#rows thead [data-col="name"] button').click();
    const names = await page.locator('#rows tbody th[data-col="name"] button').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await page.locator('input[name="window"][value="24h"]').check();
    await expect(page.locator('#rows thead th.chosen').getAttribute('data-col')).resolves.toBe('24h');
    await expect(page.locator('.tile[data-code="RU-VOR"] .value').textContent()).resolves.toBe('17');
    await page.locator('input[name="window"][value="all"]').check();
    await page.selectOption('#filter-weapon', '');
    await page.selectOption('#filter-country', '');
    await page.locator('#rows thead [data-col="all"] button').click();
  });

  it('saves screenshots at 1280×800 and 390×844', async () => {
    await page.locator('tr[data-key="RU-BRY"] button.select').click();
    await page
      .locator('#evidence blockquote')
      .filter({ hasText: /Bryansk/ })
      .first()
      .waitFor();
    const desktop = join(artifacts, 'dashboard-1280x800.png');
    await page.screenshot({ path: desktop });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(artifacts, 'dashboard-390x844.png') });
    await page.screenshot({ path: join(artifacts, 'dashboard-390x844-full.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    if (process.env.SKYTALLY_UPDATE_SCREENSHOT === '1') copyFileSync(desktop, join(root, 'docs', 'dashboard.png'));
    process.stderr.write(`[e2e] screenshots in ${artifacts}\n`);
  });

  it('says the data is stale while the dashboard is down, and resumes its stream after a restart', async () => {
    const { version } = (await (await fetch(`${run.url}/api/state`)).json()) as { version: string };
    const seen = streamRequests.length;
    const stoppedAt = Date.now();
    await expect(run.stopDashboard()).resolves.toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    await page
      .locator('#status.stale')
      .filter({ hasText: /^Stale since / })
      .waitFor({ timeout: 15_000 });

    await run.startDashboard();
    await page.locator('#status.live').waitFor({ timeout: 60_000 });
    const resumed = streamRequests.slice(seen);
    expect(resumed.length).toBeGreaterThan(0);
    const ids = await Promise.all(
      resumed.map(
        async (r) => (await r.allHeaders())['last-event-id'] ?? new URL(r.url()).searchParams.get('lastEventId'),
      ),
    );
    expect(ids).toContain(version);

    await page.evaluate('window.__samePage = true');
    const elapsed = await feedAndTime(
      liveArticle('e2e-kursk', 11, 'Kursk Oblast', 'Drones over Kursk', 'Test Wire'),
      'RU-KRS',
      '11',
    );
    process.stderr.write(`[e2e] fed article on the restarted dashboard's page after ${elapsed} ms\n`);
    await expect(page.evaluate('window.__samePage')).resolves.toBe(true);
    expect(policyViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
