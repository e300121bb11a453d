// The search page in a real browser (headless Chromium through puppeteer-core), against a real
// news-serve: every step a reporter takes, each checked and photographed.
// Usage: node e2e.cjs BASE_URL SCREENSHOT_DIR   (NODE_PATH finds puppeteer-core)
"use strict";
const assert = require("node:assert/strict");
const path = require("node:path");
const puppeteer = require("puppeteer-core");

const [base, shots] = process.argv.slice(2);
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
let step = 0;

async function snap(page, name) {
  step += 1;
  const file = path.join(shots, `${String(step).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`ok ${step} ${name} (${file})`);
}

async function untilIdle(page) {
  await page.waitForFunction(() => !/Searching|Loading/.test(document.body.innerText));
}

async function hitIds(page) {
  return page.$$eval("#hits .hit h2 a", (links) =>
    links.map((a) => new URLSearchParams(a.getAttribute("href").slice(1)).get("article")));
}

// Failures a page can have without throwing in our code: its own errors, dialogs (alert from
// injected markup), requests to anywhere but news-serve.
function watch(page, problems) {
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("dialog", (d) => { problems.push("dialog: " + d.message()); d.dismiss(); });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push("request: " + r.url());
  });
}

async function searchFacetDatesArticle(page) {
  await page.goto(base + "/", { waitUntil: "networkidle0" });
  await page.type("#q", "harbour");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#hits .hit");
  await untilIdle(page);
  assert.match(page.url(), /[?&]q=harbour/);
  assert.ok((await page.$$("#hits .hit mark")).length > 0, "snippets highlight the query");
  const firstIds = await hitIds(page);
  await snap(page, "search");

  // A drag across the histogram from its first bar to its second chooses that period.
  await page.waitForSelector("#histogram:not([hidden]) .bar");
  const bars = await page.$$("#chart .bar");
  const from = await bars[0].boundingBox(), to = await bars[1].boundingBox();
  await page.mouse.move(from.x + 1, from.y + from.height - 1);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width - 1, to.y + to.height - 1, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /since=/.test(location.search) && /until=/.test(location.search));
  await untilIdle(page);
  const url = new URL(page.url());
  assert.ok(url.searchParams.get("since") <= url.searchParams.get("until"));
  const chips = await page.$$eval("#chips .chip", (c) => c.map((x) => x.textContent));
  assert.ok(chips.some((c) => c.includes("–")), "the period shows as a removable filter");
  await snap(page, "date-range");
  await page.click("#chips .chip");  // remove the period again
  await page.waitForFunction(() => !/since=/.test(location.search));
  await untilIdle(page);

  // A click on a facet value adds it as a filter; every hit then has that source.
  const facet = await page.$$eval("#facets h3", (hs) => hs.map((h) => h.textContent));
  assert.ok(facet.includes("Sources"), "a sources facet in the sidebar: " + facet);
  const sourceButton = await page.waitForSelector('.facet[data-filter^="source:"]:not([disabled])');
  const label = await sourceButton.$eval("span", (s) => s.textContent);
  await sourceButton.click();
  await page.waitForFunction(() => /filter=source/.test(location.search));
  await untilIdle(page);
  assert.equal(await page.$eval('.facet[aria-pressed="true"] span', (s) => s.textContent), label);
  const sources = await page.$$eval("#hits .meta", (m) => m.map((x) => x.textContent));
  assert.ok(sources.length > 0 && sources.every((s) => s.includes(label)), sources.join("|"));
  assert.ok((await hitIds(page)).length <= firstIds.length);
  await snap(page, "facet");
  const shared = page.url();
  const sharedIds = await hitIds(page);

  // The article view.
  const title = await page.$eval("#hits .hit h2 a", (a) => a.textContent);
  await page.click("#hits .hit h2 a");
  await page.waitForSelector("#article:not([hidden]) h1");
  assert.equal(await page.$eval("#article h1", (h) => h.textContent), title);
  assert.match(page.url(), /article=/);
  assert.ok((await page.$$("#article .body p")).length > 0);
  assert.ok(!/\bnull\b|\bundefined\b/.test(await page.$eval("#article", (a) => a.innerText)));
  await snap(page, "article");
  await page.goBack();
  await page.waitForSelector("#results:not([hidden]) .hit");
  return { shared, sharedIds };
}

async function followSharedUrl(browser, problems, shared, sharedIds) {
  const page = await browser.newPage();
  watch(page, problems);
  await page.goto(shared, { waitUntil: "networkidle0" });
  await page.waitForSelector("#hits .hit");
  assert.deepEqual(await hitIds(page), sharedIds, "a shared URL shows the same hits");
  assert.equal(await page.$eval("#q", (q) => q.value), "harbour");
  assert.ok((await page.$$('.facet[aria-pressed="true"]')).length === 1);
  await snap(page, "shared-url");
  await page.close();
}

async function pagingAndSimilar(page) {
  await page.goto(base + "/?q=the", { waitUntil: "networkidle0" });
  await page.waitForSelector("#hits .hit");
  const first = await hitIds(page);
  const next = (await page.$$("#pager button"))[1];
  await next.click();
  await page.waitForFunction(() => /page=2/.test(location.search));
  await untilIdle(page);
  const second = await hitIds(page);
  assert.ok(second.length > 0 && !second.some((id) => first.includes(id)), "page 2 is new hits");
  // 21 results for "the" in sample_data/ since sample_data/lineage/ came: three pages of ten.
  assert.match(await page.$eval("#pager span", (s) => s.textContent), /page 2 of 3/);
  await snap(page, "page-2");

  await page.goto(base + "/?q=" + encodeURIComponent("ferry strike"), { waitUntil: "networkidle0" });
  const similar = await page.waitForSelector("#hits .similar");
  assert.equal(await similar.evaluate((b) => b.textContent), "+1 similar");
  await similar.click();
  await page.waitForFunction(() => /cluster=/.test(location.search));
  await untilIdle(page);
  assert.equal((await hitIds(page)).length, 2, "the story and its one copy");
  await snap(page, "similar");
}

async function hostileArticleRunsNothing(page) {
  await page.goto(base + "/?q=pilot", { waitUntil: "networkidle0" });
  await page.waitForSelector("#hits .hit");
  await snap(page, "hostile-hit");
  await page.goto(base + "/?article=hostile-1", { waitUntil: "networkidle0" });
  await page.waitForSelector("#article h1");
  await snap(page, "hostile-article");
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: document.querySelectorAll("main img, main script, [onerror]").length,
    title: document.querySelector("#article h1").textContent,
    links: [...document.querySelectorAll("#article a")].map((a) => a.getAttribute("href")),
  }));
  assert.equal(state.pwned, undefined, "no injected script ran");
  assert.equal(state.injected, 0, "no injected element exists");
  assert.ok(state.title.includes("<script>") && state.title.includes("onerror="), state.title);
  assert.ok(!state.links.some((h) => /^javascript:/i.test(h)), "no javascript: link");
}

async function rightToLeftAndCjk(page) {
  await page.goto(base + "/?q=" + encodeURIComponent("الميناء OR ميناء"), { waitUntil: "networkidle0" });
  await page.waitForSelector("#hits .hit");
  const arabic = await page.$eval("#hits .hit h2", (h) =>
    ({ direction: getComputedStyle(h).direction, snippet: getComputedStyle(h.closest("li")
      .querySelector(".snippet")).direction }));
  assert.deepEqual(arabic, { direction: "rtl", snippet: "rtl" }, "Arabic runs right to left");
  await snap(page, "arabic");
  await page.goto(base + "/?article=japanese-1", { waitUntil: "networkidle0" });
  await page.waitForSelector("#article h1");
  assert.equal(await page.$eval("#article h1", (h) => h.textContent), "港が嵐の後に再開");
  assert.equal(await page.$eval("#article h1", (h) => getComputedStyle(h).direction), "ltr");
  await snap(page, "japanese");
}

async function readableOnAPhone(page) {
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(base + "/?q=harbour&facets=1", { waitUntil: "networkidle0" });
  await page.waitForSelector("#hits .hit");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px too wide)`);
  await snap(page, "phone");
}

(async () => {
  const browser = await puppeteer.launch({ executablePath: browserPath, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const problems = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    watch(page, problems);
    const { shared, sharedIds } = await searchFacetDatesArticle(page);
    await followSharedUrl(browser, problems, shared, sharedIds);
    await pagingAndSimilar(page);
    await hostileArticleRunsNothing(page);
    await rightToLeftAndCjk(page);
    await readableOnAPhone(page);
    assert.deepEqual(problems, [], "no page errors, dialogs or outside requests");
    console.log("all browser steps passed");
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
