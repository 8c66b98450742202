// The demo page end to end in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): load it from a localhost server, paste a fixture, Parse, check the items
// and a resolution appear, click an item and check its span is highlighted, download the
// JSON, and save a screenshot to target/minutes-wasm-demo.png (a CI artifact).

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { parse, sliceSpan } from "minutes-wasm";
import { serve } from "../serve.mjs";
import { here, repoRoot } from "./helpers.mjs";

const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const screenshot = path.join(repoRoot, "target/minutes-wasm-demo.png");
const fixture = path.join(here, "test/fixtures/printed-non-ascii.txt");
const text = fs.readFileSync(fixture, "utf8");
// What the page must show: the package's own parse of the same text, in Node.
const expected = parse(text);

let server;
let url;
let browser;
let profile;

before(async () => {
  ({ server, url } = await serve(0));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "minutes-wasm-chromium-"));
  // A persistent context on a fresh, empty profile folder (Chromium's --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    // Flags that keep Chromium off the network (this machine has none) and out of the sandbox
    // (we run as root in CI).
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test("the demo parses pasted minutes and highlights a clicked item", async () => {
  assert.ok(expected.items.length >= 2, "the fixture parses into items");
  const withResolution = expected.items.find((item) => item.resolutions.length > 0);
  assert.ok(withResolution, "the fixture has a resolution");

  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));

  await page.goto(`${url}/www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  await page.fill("#text", text);
  await page.click("#parse");

  // The items, with the count the parser gives.
  await page.waitForSelector("#items details.item");
  assert.equal(await page.locator("#items details.item").count(), expected.items.length);
  assert.equal(await page.textContent("#item-count"), `(${expected.items.length})`);
  assert.equal(await page.textContent("#meeting dd:nth-of-type(1)"), expected.committee ?? "not stated");

  // A resolution's text appears once its item is opened.
  const index = expected.items.indexOf(withResolution);
  const item = page.locator("#items details.item").nth(index);
  await item.locator("summary").click();
  const resolution = item.locator("li.resolution").first();
  await resolution.waitFor({ state: "visible" });
  assert.ok((await resolution.textContent()).includes(withResolution.resolutions[0].text));

  // Clicking the item highlighted exactly its span of the text (non-ASCII: the UTF-8 byte
  // span went through the UTF-16 conversion).
  assert.equal(await page.locator("#source mark").count(), 1);
  assert.equal(await page.textContent("#source mark"), sliceSpan(text, withResolution.span));
  assert.equal(await item.evaluate((node) => node.classList.contains("selected")), true);

  // A resolution highlights its own span.
  await resolution.click();
  assert.equal(await page.textContent("#source mark"), sliceSpan(text, withResolution.resolutions[0].span));

  // The download is the CLI's pretty JSON of the document.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const saved = path.join(os.tmpdir(), `minutes-wasm-download-${process.pid}.json`);
  await download.saveAs(saved);
  assert.equal(fs.readFileSync(saved, "utf8"), `${JSON.stringify(expected, null, 2)}\n`);
  fs.rmSync(saved);

  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);
  assert.deepEqual(problems, []);
});

test("the demo reports a failure as a readable message", async () => {
  const page = await browser.newPage();
  await page.goto(`${url}/www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  // The page itself passes no options, so drive the module it loaded with a limit.
  const message = await page.evaluate(async () => {
    const { parse } = await import("../pkg/web.js");
    try {
      parse("x".repeat(10), { maxInputBytes: 5 });
      return "no error";
    } catch (error) {
      return `${error instanceof Error}: ${error.message}`;
    }
  });
  assert.equal(message, "true: input is 10 bytes, more than the limit of 5 bytes");
});
