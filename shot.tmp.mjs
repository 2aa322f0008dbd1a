import { chromium } from 'playwright-core';
const [url, out, w, h, js, full] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, javaScriptEnabled: js !== 'nojs' });
await p.goto(url, { waitUntil: 'load' });
await p.waitForTimeout(800);
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
