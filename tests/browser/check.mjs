// Checks HTML pages in headless Chromium: console errors and network requests while loading;
// axe-core at the WCAG 2.1 AA tags (and its best-practice rules on landmarks, headings and table
// scopes), sideways scrolling and a full-page screenshot at desktop and phone width; a print to
// PDF (A4). Run by crates/ramverk-testkit/src/browser.rs; see docs/accessibility.md.
//
//   node tests/browser/check.mjs --browser /usr/bin/chromium --out DIR PAGE.html...
//
// Writes, per page, DIR/<name>/desktop.png, DIR/<name>/phone.png and DIR/<name>/print.pdf (name:
// the page's file name without .html) and prints one JSON document with one result per page.
// Exits 0 when every page could be checked (whatever was found), 2 when something could not run.

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = require('axe-core/package.json').version;
const playwrightVersion = require('playwright-core/package.json').version;

/** The WCAG 2.1 AA rules: level A and AA of WCAG 2.0 and 2.1. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe's best-practice rules for what the WCAG rules leave open and ramverk's pages promise too:
 *  landmarks (all content in one, one main), one h1 and headings in order, valid table scopes. */
const STRUCTURE_RULES = [
  'region',
  'landmark-one-main',
  'landmark-no-duplicate-main',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-unique',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'empty-table-header',
  'scope-attr-valid',
];
/** The widths checked: a desktop window and a phone. */
const VIEWS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];
/** Flags for a quiet, throw-away browser on a build machine (Playwright adds a fresh profile). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** No single step may take longer (loading, axe, a screenshot, the PDF). */
const STEP_TIMEOUT_MS = 120_000;

function parseArgs(argv) {
  const args = { browser: null, out: null, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--browser') args.browser = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else args.pages.push(argv[i]);
  }
  if (!args.browser || !args.out || args.pages.length === 0) {
    throw new Error('usage: check.mjs --browser CHROMIUM --out DIR PAGE.html...');
  }
  return args;
}

/** The outermost elements reaching beyond the viewport, by their box or by content spilling out of
 *  it (a long word in a narrow table cell): what makes a page scroll sideways. */
function overflowingElements(width) {
  const reach = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const spills = style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1;
    return Math.max(box.right, spills ? box.left + element.scrollWidth : 0);
  };
  const found = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (found.length >= 10 || element.closest('svg') && element.tagName.toLowerCase() !== 'svg') continue;
    const right = reach(element);
    if (right <= width + 0.5) continue;
    // Only the innermost culprit: skip an element whose child reaches as far.
    if ([...element.children].some((child) => reach(child) >= right - 0.5)) continue;
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className
      ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
    found.push(`${element.tagName.toLowerCase()}${id}${classes} (reaches ${Math.round(right)} px): ${text}`);
  }
  return found;
}

/** Elements that scroll sideways themselves (overflow auto or scroll, content wider than the box). */
function scrollingRegions() {
  const found = [];
  for (const element of document.body.querySelectorAll('*')) {
    const overflow = getComputedStyle(element).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
      const label = element.getAttribute('aria-label')
        || document.getElementById(element.getAttribute('aria-labelledby') || '')?.textContent
        || (element.textContent || '').trim().slice(0, 40);
      found.push(`${element.tagName.toLowerCase()} "${label.trim()}" (${element.scrollWidth} px in ${element.clientWidth} px)`);
    }
  }
  return found;
}

async function checkPage(browser, page, out) {
  mkdirSync(out, { recursive: true });
  const url = pathToFileURL(resolve(page)).href;
  const context = await browser.newContext({ viewport: { width: VIEWS[0].width, height: VIEWS[0].height } });
  const tab = await context.newPage();
  tab.setDefaultTimeout(STEP_TIMEOUT_MS);
  const consoleErrors = [];
  const requests = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleErrors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  tab.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  tab.on('requestfailed', (request) => {
    consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  tab.on('request', (request) => {
    const requested = request.url();
    if (requested !== url && !requested.startsWith('data:')) requests.push(requested);
  });

  await tab.goto(url, { waitUntil: 'load' });
  const lang = await tab.evaluate(() => document.documentElement.lang);
  await tab.evaluate(axeSource);

  const violations = new Map();
  const views = [];
  for (const view of VIEWS) {
    await tab.setViewportSize({ width: view.width, height: view.height });
    const measured = await tab.evaluate((width) => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }), view.width);
    const scrolling = await tab.evaluate(scrollingRegions);
    const overflowing = measured.scrollWidth > measured.clientWidth
      ? await tab.evaluate(overflowingElements, measured.clientWidth)
      : [];
    const runs = [
      ['wcag21aa', { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] }],
      ['structure', { runOnly: { type: 'rule', values: STRUCTURE_RULES }, resultTypes: ['violations'] }],
    ];
    for (const [ruleSet, options] of runs) {
      const result = await tab.evaluate((options) => window.axe.run(document, options), options);
      for (const violation of result.violations) {
        for (const node of violation.nodes) {
          const key = `${violation.id} ${JSON.stringify(node.target)}`;
          if (violations.has(key)) continue;
          violations.set(key, {
            id: violation.id,
            rule_set: ruleSet,
            impact: violation.impact ?? '',
            help: violation.help,
            help_url: violation.helpUrl,
            view: view.name,
            target: node.target.map(String).join(' '),
            html: node.html,
            failure: node.failureSummary ?? '',
          });
        }
      }
    }
    const screenshot = join(out, `${view.name}.png`);
    await tab.screenshot({ path: screenshot, fullPage: true });
    views.push({
      name: view.name,
      width: view.width,
      height: view.height,
      client_width: measured.clientWidth,
      scroll_width: measured.scrollWidth,
      overflowing,
      scrolling_regions: scrolling,
      screenshot,
    });
  }
  const pdf = join(out, 'print.pdf');
  await tab.emulateMedia({ media: 'print' });
  await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
  await context.close();
  return {
    page,
    lang,
    violations: [...violations.values()],
    console_errors: consoleErrors,
    requests,
    views,
    pdf,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({
    executablePath: args.browser,
    headless: true,
    args: FLAGS,
    timeout: STEP_TIMEOUT_MS,
  });
  try {
    const results = [];
    for (const page of args.pages) {
      results.push(await checkPage(browser, page, join(args.out, basename(page, extname(page)))));
    }
    process.stdout.write(JSON.stringify({
      tools: { axe_core: axeVersion, playwright_core: playwrightVersion, chromium: browser.version() },
      tags: TAGS,
      structure_rules: STRUCTURE_RULES,
      pages: results,
    }));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`check.mjs: ${error.stack || error}\n`);
  process.exit(2);
});
