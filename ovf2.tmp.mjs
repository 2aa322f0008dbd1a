import { chromium } from 'playwright-core';
const [url, js] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 800 }, javaScriptEnabled: js !== 'nojs' });
await p.goto(url, { waitUntil: 'load' });
const r = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const rect = el.getBoundingClientRect();
    if (rect.right > 321 && !el.closest(".table-wrap")) {
      const chain = []; let a = el; for (let i=0;i<4 && a;i++){ chain.push(a.tagName+'.'+a.className+'['+getComputedStyle(a).overflowX+']'); a=a.parentElement; }
      out.push(`right=${Math.round(rect.right)} ${chain.join(' < ')}`);
    }
  }
  return { sw: document.documentElement.scrollWidth, out: out.slice(0, 10) };
});
console.log(JSON.stringify(r, null, 1));
await b.close();
