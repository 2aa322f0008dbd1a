// With ?year=Y, nothing on the page is tied to another period: cards, panels, timeline, counts,
// and the filtered download.
import { screen, within } from '@testing-library/react';
import { yearsOfPeriod } from '../../src/selectors/periods';
import { t } from '../../src/i18n/strings';
import { messagePattern } from './messages';
import { dataset, openAt, panelsOf, smallReport } from './open';

const byId = new Map(dataset.figures.map((f) => [f.id, f]));
const spanValues = dataset.figures.filter((f) => f.period.kind === 'span').map((f) => f.written);

// Key figures of three period kinds (five-year total, undated, end-2022 stocks), chosen here
// rather than taken from the curation.
const keyed = {
  ...dataset,
  meta: {
    ...dataset.meta,
    headlineFigures: [
      'central-aid-funds-five-years',
      'hardship-worker-satisfaction',
      'grassroots-unions',
      'union-members',
    ],
  },
};

describe('?year=2022 shows nothing tied to another period', () => {
  // One render, five claims about it (expect.soft reports each that fails): cards, text,
  // figures marked, timeline, count and download.
  it('cards, text, marked figures, timeline, count and filtered download', async () => {
    await openAt('?year=2022', { report: keyed });
    {
      // key-figure cards: only the end-2022 stocks, and a note for the hidden five-year totals
      const cards = [...document.querySelectorAll<HTMLElement>('.headline-card')].map(
        (c) => c.dataset.figureId,
      );
      expect.soft(cards).toEqual(['grassroots-unions', 'union-members']);
      // (its wording, the reasons included: tests/unit/page-model.test.ts)
      expect
        .soft(screen.getByTestId('headline-hidden'))
        .toHaveTextContent(messagePattern('zh', 'headlineHiddenByYear'));
    }
    {
      // no five-year value and no five-year period appears anywhere on the page
      const main = document.getElementById('main')!;
      const text = main.textContent ?? '';
      // Not preceded by a digit: 23家 (a five-year figure) is inside 3523家 (an end-2022 one).
      const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const written of spanValues)
        expect.soft(text).not.toMatch(new RegExp(`(?<![\\d.])${escape(written)}`));
      expect.soft(text).not.toContain('2018—2023');
    }
    {
      // every figure marked on the page is tied to 2022
      const ids = [...document.querySelectorAll<HTMLElement>('#main [data-figure-id]')].map(
        (el) => el.dataset.figureId!,
      );
      expect.soft(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect.soft(yearsOfPeriod(byId.get(id)!.period)).toContain(2022);
    }
    {
      // the timeline lists only 2022 events and says how many others are hidden
      const timeline = screen.getByRole('region', { name: t('zh', 'timelineHeading') });
      const dates = within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect.soft(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect.soft(d.startsWith('2022')).toBe(true);
      const others = dataset.events.filter((e) => !e.start.startsWith('2022')).length;
      expect
        .soft(within(timeline).getByText(t('zh', 'timelineHiddenByYear', { count: others })))
        .toBeInTheDocument();
    }
    {
      // the count and the filtered download agree with the panels
      const n = dataset.figures.filter((f) => yearsOfPeriod(f.period).includes(2022)).length;
      expect
        .soft(
          screen.getByText(t('zh', 'figuresShown', { shown: n, total: dataset.figures.length })),
        )
        .toBeInTheDocument();
      expect
        .soft(screen.getByTestId('download-filtered'))
        .toHaveTextContent(t('zh', 'downloadFilteredCsv', { count: n }));
    }
  });
});

// The key figures and the timeline under ?year=2018 and under a theme filter, and the agreement
// of cards, count, panels and download under every filter: tests/unit/page-model.test.ts.

describe('a caveat about particular bars is shown only while they are', () => {
  const foot = () => document.getElementById('hardship-funds')!.querySelector('.panel-foot');
  const funds = dataset.panels.find((p) => p.id === 'hardship-funds')!;
  it('all years: every caveat of the panel', async () => {
    await openAt('', { report: panelsOf([funds.id]) });
    expect(funds.caveats?.length).toBeGreaterThan(1);
    for (const caveat of funds.caveats ?? []) expect(foot()).toHaveTextContent(caveat.text.zh);
  });

  // Since the second label review (M-6) the real panel holds no dated bar: the 2018 season is a
  // card of its own. This test copy puts it back beside the three undated or five-year bars, with
  // a caveat about two of them, to see the caveats follow the year filter.
  const mixed = {
    ...dataset,
    panels: dataset.panels.map((p) =>
      p.id === 'hardship-funds'
        ? {
            ...p,
            figures: [...p.figures, 'festival-warmth-funds-2018'],
            caveats: [
              ...(p.caveats ?? []),
              {
                figures: ['central-aid-funds-five-years', 'union-aid-funds-raised'],
                text: {
                  zh: '各项时段不同，仅作量级对照，不可相加。',
                  en: 'The periods differ: compare magnitudes only, never add them up.',
                },
              },
            ],
          }
        : p,
    ),
  };

  it('?year=2018: only the 2018 bar is left, and no note speaks of the hidden ones', async () => {
    await openAt('?year=2018&lang=en', { report: panelsOf([funds.id], mixed) });
    const text = foot()?.textContent ?? '';
    expect(text).not.toContain('periods differ');
    expect(text).not.toContain('¥19.158 million');
    expect(text).not.toContain('¥91.71 million');
    expect(text).toContain(t('en', 'hiddenByYear', { count: 3 }));
  });
});

describe('a report with no key figures', () => {
  it('shows no empty key-figure heading', async () => {
    const small = smallReport();
    expect(small.meta.headlineFigures).toEqual([]);
    await openAt('', { report: small });
    expect(document.getElementById('headline-title')).toBeNull();
    expect(document.querySelectorAll('.panel').length).toBeGreaterThan(0);
  });
});
