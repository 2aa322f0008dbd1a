/**
 * The one year rule in the browser: with ?year=Y nothing tied to another period is on the page
 * or in what it exports (the filtered download and a panel's CSV). Y, the figures and events it
 * keeps all come from the data (data.ts: yearsKept): Y is the year that keeps the most key
 * figures (then the most figures). And the glossary hint opens on keyboard focus.
 */
import {
  YEARS,
  article,
  eventYears,
  events,
  figure,
  fileStem,
  figuresOfYear,
  glossary,
  panels,
  UI,
} from './data.ts';
import {
  download,
  expect,
  gotoDashboard,
  panelAction,
  panelSection,
  parseCsv,
  test,
  needs,
} from './fixtures.ts';

const headline = article.headlineFigures.map(figure);
const keptBy = (year: string) => new Set(figuresOfYear(year).map((f) => f.id));
const score = (year: string) => {
  const kept = keptBy(year);
  return headline.filter((f) => kept.has(f.id)).length * 1000 + kept.size;
};
/** The year under test: the one keeping the most key figures, then the most figures. */
const YEAR = [...YEARS].sort((a, b) => score(b) - score(a) || Number(a) - Number(b))[0];

test.describe(`?year=<a year of the data> (${YEAR ?? 'none'})`, () => {
  test('cards, timeline and panels show only that year; exports too', async ({ page }) => {
    needs(YEAR !== undefined, 'no figure of the default report falls in a calendar year');
    const year = YEAR!;
    const kept = keptBy(year);
    const keptHeadline = headline.filter((f) => kept.has(f.id));
    const hiddenHeadline = headline.length - keptHeadline.length;
    await gotoDashboard(page, { year });
    const main = page.locator('#main');

    // Key figures: exactly those of the year, and a note counting the others.
    const cards = page.locator('.headline-card');
    await expect(cards).toHaveCount(keptHeadline.length);
    expect(
      await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-figure-id'))),
    ).toEqual(keptHeadline.map((f) => f.id));
    if (hiddenHeadline > 0)
      await expect(page.getByTestId('headline-hidden')).toContainText(`${year}`);

    // Nothing on the page (cards, tables, quotes, figure cards) is a figure of another period.
    const onPage = await main
      .locator('[data-figure-id]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-figure-id')!))]);
    const strays = onPage.filter((id) => !kept.has(id));
    expect(strays, `figures outside ${year} on the page`).toEqual([]);

    // The timeline holds exactly the events of the year.
    const expectedEvents = events
      .filter((e) => eventYears(e).includes(Number(year)))
      .map((e) => e.id)
      .sort();
    const shownEvents = await page
      .locator('.timeline-item[data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!));
    expect(shownEvents.sort()).toEqual(expectedEvents);

    // The filtered download: one row per figure of the year, and nothing else.
    const utf8 = (d: { bytes: Buffer }) => d.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const filteredFile = await download(page, page.getByTestId('download-filtered'));
    expect(filteredFile.name).toBe(`${fileStem}-figures-zh-filtered.csv`);
    const filtered = parseCsv(utf8(filteredFile));
    expect(filtered.slice(1).map((r) => r[0])).toEqual(figuresOfYear(year).map((f) => f.id));

    // A panel's CSV: only its figures of the year, in the panel's order.
    const panel = panels.find((p) => p.figures.some((id) => kept.has(id)));
    expect(panel, `a panel with a figure of ${year}`).toBeDefined();
    const csv = parseCsv(
      utf8(await download(page, await panelAction(panelSection(page, panel!.id), UI.zh.exportCsv))),
    );
    expect(csv.slice(1).map((r) => r[0])).toEqual(panel!.figures.filter((id) => kept.has(id)));
  });
});

test('a figure over inferred years says so, on the page', async ({ page }) => {
  const inferred = headline.find(
    (f) => f.period.kind === 'span' && f.period.yearsInferred && f.period.from! < f.period.to!,
  );
  needs(inferred, 'no key figure of the default report spans inferred years');
  const { from, to } = inferred!.period;
  await gotoDashboard(page, { lang: 'en' });
  const card = page.locator(`.headline-card[data-figure-id="${inferred!.id}"]`);
  await expect(card).toContainText(`${from}–${to} (years inferred)`);
});

test('a glossary term explains itself on keyboard focus', async ({ page }) => {
  await gotoDashboard(page);
  const term = page.locator('#main .term').first();
  await term.focus();
  const tip = page.locator(
    `#${(await term.getAttribute('aria-describedby'))!.replace(/:/g, '\\:')}`,
  );
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.locator('#glossary').scrollIntoViewIfNeeded();
  await expect(page.locator('#glossary tbody tr')).toHaveCount(glossary.length);
});
