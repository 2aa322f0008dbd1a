import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
await p.goto(url, { waitUntil: 'load' });
const r = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if ((cs.position === 'absolute' || cs.position === 'fixed') && rect.right > 321) out.push(`${el.tagName}.${el.className} ${Math.round(rect.left)}-${Math.round(rect.right)} clip=${cs.clip} ${cs.clipPath}`);
  }
  const w = document.querySelector('.table-wrap'); 
  return { out: out.slice(0,10), tw: w && [w.clientWidth, w.scrollWidth, getComputedStyle(w).overflowX, getComputedStyle(w).display] };
});
console.log(JSON.stringify(r, null, 1));
await b.close();
