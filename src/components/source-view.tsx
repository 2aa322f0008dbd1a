import { useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import article from 'virtual:article';
import { displaySpan, parseArticle, type ArticleBlock } from '../model/article-document';
import type { FigureRecord } from '../model/validate';
import { panelOfFigure } from '../selectors/figures';
import { formatFigureValue } from '../format';
import { serializeUrlState } from '../state/url-state';
import { useDashboard } from './context';

interface Mark {
  from: number;
  to: number;
  figure: FigureRecord;
}

/** Splits a block's text into plain runs and marked figures (marks never overlap: each is a statement). */
function renderBlockText(block: ArticleBlock, marks: Mark[], renderMark: (m: Mark, text: string) => ReactNode) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.from - b.from)) {
    if (m.from > at) out.push(block.text.slice(at, m.from));
    out.push(renderMark(m, block.text.slice(m.from, m.to)));
    at = m.to;
  }
  if (at < block.text.length) out.push(block.text.slice(at));
  return out;
}

/**
 * The article as a readable document: title, summary box, sections under their headings, photo
 * captions set apart. Every figure's statement is a <mark data-figure-id> inside a link to the
 * panel that charts it; hovering or focusing shows its label and value.
 */
export function SourceView() {
  const { dataset, lang, state, navigate, t } = useDashboard();
  const doc = useMemo(() => parseArticle(article), []);
  const active = state.figure;
  const activeRef = useRef<HTMLAnchorElement>(null);

  const marksByBlock = useMemo(() => {
    const map = new Map<string, Mark[]>();
    for (const figure of dataset.figures) {
      for (const block of doc.blocks) {
        const span = displaySpan(block, figure.statementRange);
        if (span) {
          map.set(block.id, [...(map.get(block.id) ?? []), { ...span, figure }]);
          break;
        }
      }
    }
    return map;
  }, [dataset.figures, doc]);

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

  const renderMark = (m: Mark, text: string) => {
    const panel = panelOfFigure(dataset.panels, m.figure.id);
    const panelId = panel?.id ?? '';
    const isActive = m.figure.id === active;
    const tip = `${m.figure.label[lang]}：${formatFigureValue(m.figure, lang)}`;
    const href = `${serializeUrlState({ ...state, view: 'dashboard', figure: m.figure.id }) || '?'}#${panelId}`;
    return (
      <a
        key={m.figure.id}
        ref={isActive ? activeRef : undefined}
        className="figure-link"
        href={href}
        onClick={(e) => goToPanel(e, m.figure, panelId)}
        aria-label={`${text}（${tip}）— ${t('goToPanel', { title: panel?.title[lang] ?? '' })}`}
      >
        <mark data-figure-id={m.figure.id} aria-current={isActive ? 'true' : undefined} className={isActive ? 'is-active' : undefined}>
          {text}
        </mark>
        <span className="figure-tip" aria-hidden="true">
          {tip}
        </span>
      </a>
    );
  };

  const block = (b: ArticleBlock) => {
    const content = renderBlockText(b, marksByBlock.get(b.id) ?? [], renderMark);
    switch (b.kind) {
      case 'title':
        return <h2 key={b.id} className="article-title">{content}</h2>;
      case 'byline':
        return <p key={b.id} className="article-byline">{content}</p>;
      case 'sidebar-label':
        return <h3 key={b.id} className="sidebar-label">{content}</h3>;
      case 'heading':
        return <h3 key={b.id} className="article-heading">{content}</h3>;
      case 'caption':
        return <figure key={b.id} className="article-caption"><figcaption>{content}</figcaption></figure>;
      case 'sidebar':
        return <p key={b.id} className="sidebar-text">{content}</p>;
      default:
        return <p key={b.id}>{content}</p>;
    }
  };

  const head = doc.blocks.filter((b) => b.kind === 'title' || b.kind === 'byline');
  const sidebar = doc.blocks.filter((b) => b.kind === 'sidebar-label' || b.kind === 'sidebar');
  const body = doc.blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph');
  const captions = doc.blocks.filter((b) => b.kind === 'caption');
  return (
    <article className="source-view" lang="zh-CN" aria-labelledby="source-title">
      <h2 id="source-title" className="section-title" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {t('sourceHeading')}
      </h2>
      <p className="source-intro" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {t('sourceIntro', { count: dataset.figures.length })}
      </p>
      <header className="article-head">{head.map(block)}</header>
      <aside className="article-sidebar" aria-label={t('sourceSidebar')}>{sidebar.map(block)}</aside>
      <div className="article-body">{body.map(block)}</div>
      <section className="article-captions" aria-label={t('sourceCaptions')}>
        <h3 lang={lang === 'zh' ? 'zh-CN' : 'en'}>{t('sourceCaptions')}</h3>
        {captions.map(block)}
      </section>
    </article>
  );
}
