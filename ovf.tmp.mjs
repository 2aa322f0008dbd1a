import { chromium } from 'playwright-core';
const [url, js] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 800 }, javaScriptEnabled: js !== 'nojs' });
await p.goto(url, { waitUntil: 'load' });
const r = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const rect = el.getBoundingClientRect();
    if (rect.right > 321 && rect.width > 0) {
      // skip descendants of scroll containers
      let a = el.parentElement, clipped = false;
      while (a) { const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') { clipped = true; break; } a = a.parentElement; }
      if (!clipped) out.push(`${el.tagName}.${el.className} right=${Math.round(rect.right)} w=${Math.round(rect.width)}`);
    }
  }
  return { sw: document.documentElement.scrollWidth, out: out.slice(0, 15) };
});
console.log(JSON.stringify(r, null, 1));
await b.close();
