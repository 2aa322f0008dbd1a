import { use, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import articles from 'virtual:article';
import { keepLoads } from '../page/loadable';
import type { ReadableBlock } from '../../model/article-document';
import type { FigureRecord } from '../../model/validate';
import { panelOfFigure } from '../../selectors/figures';
import { formatFigureValue } from '../../format';
import { useDashboard } from '../page/context';
import { TermRun } from '../glossary/glossary';
import { firstUses, type TermHit } from '../../selectors/glossary';
import { localeOf, pickText, sourceTag } from '../../i18n/locales';

/**
 * The article as a readable document: title, summary box, sections under their headings, photo
 * captions set apart. Every figure's statement is a <mark data-figure-id> inside a link to the
 * panel that charts it; hovering or focusing shows its label and value.
 */
/** The runs of a block's text outside its marked statements, as content() splits it. */
function plainRuns(b: ReadableBlock): { from: number; text: string }[] {
  const runs: { from: number; text: string }[] = [];
  let at = 0;
  for (const m of b.marks) {
    if (m.from > at) runs.push({ from: at, text: b.text.slice(at, m.from) });
    at = Math.max(at, m.to);
  }
  if (at < b.text.length) runs.push({ from: at, text: b.text.slice(at) });
  return runs;
}

/** Each report's readable article is its own chunk, loaded when its source view opens. */
const articleOf = keepLoads((id: string): Promise<ReadableBlock[]> => {
  const load = Object.hasOwn(articles, id) ? articles[id] : undefined;
  return load ? load().then((m) => m.default) : Promise.resolve([]);
});

/**
 * Fetches a report's article chunk ahead of need (the page does when idle). A failed prefetch is
 * not kept: opening the view loads it again.
 */
export function prefetchArticle(id: string): void {
  if (Object.hasOwn(articles, id)) articles[id]!().catch(() => {});
}

export function SourceView() {
  const { dataset, lang, state, navigate, href, t } = useDashboard();
  const active = state.figure;
  const activeRef = useRef<HTMLAnchorElement>(null);
  const byId = useMemo(() => new Map(dataset.figures.map((f) => [f.id, f])), [dataset.figures]);
  const blocks = use(articleOf(dataset.meta.id));
  const of = (...kinds: ReadableBlock['kind'][]) => blocks.filter((b) => kinds.includes(b.kind));

  useEffect(() => {
    if (!active || !activeRef.current) return;
    activeRef.current.scrollIntoView({ block: 'center' });
    activeRef.current.focus({ preventScroll: true });
  }, [active]);

  const goToPanel = (e: MouseEvent<HTMLAnchorElement>, figure: FigureRecord, panelId: string) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate({ view: 'dashboard', figure: figure.id }, { hash: panelId });
  };

  const renderMark = (figure: FigureRecord, text: string) => {
    const panel = panelOfFigure(dataset.panels, figure.id);
    const panelId = panel?.id ?? '';
    const isActive = figure.id === active;
    const tip = `${pickText(figure.label, lang)}${localeOf(lang).punct.colon}${formatFigureValue(figure, lang, dataset.units)}`;
    const link = href({ ...state, view: 'dashboard', figure: figure.id }, panelId);
    return (
      <a
        key={figure.id}
        ref={isActive ? activeRef : undefined}
        className="figure-link"
        href={link}
        onClick={(e) => goToPanel(e, figure, panelId)}
        aria-label={`${text}（${tip}）— ${t('goToPanel', { title: panel ? pickText(panel.title, lang) : '' })}`}
      >
        <mark
          data-figure-id={figure.id}
          aria-current={isActive ? 'true' : undefined}
          className={isActive ? 'is-active' : undefined}
        >
          {text}
        </mark>
        <span className="figure-tip" aria-hidden="true">
          {tip}
        </span>
      </a>
    );
  };

  // The first use of each glossary term in the article's plain text (outside the marked
  // statements), in reading order, carries its hint.
  const terms = dataset.glossary;
  const termHits = useMemo(() => {
    const order = [
      ...of('title', 'byline'),
      ...of('sidebar-label', 'sidebar'),
      ...of('heading', 'paragraph'),
      ...of('caption'),
    ];
    return firstUses(
      order.flatMap((b) => plainRuns(b).map((r) => ({ key: `${b.id}:${r.from}`, text: r.text }))),
      terms,
      // The article's terms are found in its own language.
      dataset.meta.language,
    );
    // `of` and the language read `blocks` and the report, which `blocks` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [terms, blocks]);
  const plain = (b: ReadableBlock, from: number, to: number): ReactNode => {
    const hits: TermHit[] = termHits.get(`${b.id}:${from}`) ?? [];
    const text = b.text.slice(from, to);
    return hits.length ? <TermRun key={`t${from}`} text={text} hits={hits} terms={terms} /> : text;
  };

  /** Plain runs of text with the marked statements in between (marks never overlap). */
  const content = (b: ReadableBlock): ReactNode[] => {
    const out: ReactNode[] = [];
    let at = 0;
    for (const m of b.marks) {
      const figure = byId.get(m.figure);
      if (!figure) continue;
      if (m.from > at) out.push(plain(b, at, m.from));
      out.push(renderMark(figure, b.text.slice(m.from, m.to)));
      at = m.to;
    }
    if (at < b.text.length) out.push(plain(b, at, b.text.length));
    return out;
  };

  const block = (b: ReadableBlock) => {
    switch (b.kind) {
      case 'title':
        return (
          <h2 key={b.id} className="article-title">
            {content(b)}
          </h2>
        );
      case 'byline':
        return (
          <p key={b.id} className="article-byline">
            {content(b)}
          </p>
        );
      case 'sidebar-label':
        return (
          <h3 key={b.id} className="sidebar-label">
            {content(b)}
          </h3>
        );
      case 'heading':
        return (
          <h3 key={b.id} className="article-heading">
            {content(b)}
          </h3>
        );
      case 'caption':
        return (
          <figure key={b.id} className="article-caption">
            <figcaption>{content(b)}</figcaption>
          </figure>
        );
      case 'sidebar':
        return (
          <p key={b.id} className="sidebar-text">
            {content(b)}
          </p>
        );
      default:
        return <p key={b.id}>{content(b)}</p>;
    }
  };

  const uiLang = localeOf(lang).tag;
  return (
    <article className="source-view" lang={sourceTag(dataset.meta)} aria-labelledby="source-title">
      <h2 id="source-title" className="section-title" lang={uiLang}>
        {t('sourceHeading')}
      </h2>
      <p className="source-intro" lang={uiLang}>
        {t('sourceIntro', { count: dataset.figures.length })}
      </p>
      <header className="article-head">{of('title', 'byline').map(block)}</header>
      <aside className="article-sidebar" aria-label={t('sourceSidebar')}>
        {of('sidebar-label', 'sidebar').map(block)}
      </aside>
      <div className="article-body">{of('heading', 'paragraph').map(block)}</div>
      <section className="article-captions" aria-label={t('sourceCaptions')}>
        <h3 lang={uiLang}>{t('sourceCaptions')}</h3>
        {of('caption').map(block)}
      </section>
    </article>
  );
}
