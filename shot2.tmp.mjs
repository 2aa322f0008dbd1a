import { chromium } from 'playwright-core';
const [url, out, w, h, js, scheme, full] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, javaScriptEnabled: js !== 'nojs', colorScheme: scheme });
await p.goto(url, { waitUntil: 'load' });
if (js !== 'nojs') { await p.mouse.move(5, 5); await p.waitForTimeout(1500); }
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
