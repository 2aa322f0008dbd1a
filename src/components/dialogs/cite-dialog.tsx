import {
  CITATION_STYLES,
  CITATION_STYLE_NAMES,
  authorFromByline,
  formatCitation,
  type CitationInput,
} from '../../format/citation';
import { panelUrl } from '../../state/routes';
import { useDashboard } from '../page/context';
import { pickText } from '../../i18n/locales';
import { CopyField, DialogButton } from './dialog';

const today = () => new Date().toISOString().slice(0, 10);

/** Rows enough to show every entry whole (about 56 characters a line in the dialog). */
const rowsFor = (text: string) =>
  text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 56)), 0);

/** "引用 / Cite": the article and the cited view (a panel, or the dashboard) in three styles. */
export function CiteDialog({
  panelId,
  panelTitle,
  open,
  onOpenChange,
}: {
  panelId: string | null;
  panelTitle: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const { dataset, lang, t } = useDashboard();
  const heading = t('citeHeading', { title: panelTitle || t('dashboardTitle') });
  return (
    <DialogButton
      label={panelId ? t('cite') : t('citeDashboard')}
      heading={heading}
      open={open}
      onOpenChange={onOpenChange}
    >
      {() => {
        const meta = dataset.meta;
        const input: CitationInput = {
          author: authorFromByline(meta.byline),
          title: meta.title,
          titleEn: meta.englishTitle,
          newspaper: meta.newspaper?.name,
          // A report known only in print: its date, no site or address (empty parts are dropped).
          // A cited or table report: the address it was read at, under its site or outlet.
          republication: meta.republication ??
            (meta.address && {
              site: meta.address.site ?? meta.outlet,
              channel: { zh: '', en: '' },
              date: meta.date,
              url: meta.address.url,
            }) ?? {
              site: { zh: '', en: '' },
              channel: { zh: '', en: '' },
              date: meta.date,
              url: '',
            },
          dashboard: {
            title: t('dashboardTitle'),
            panelTitle,
            url: panelUrl(window.location.href, panelId),
            // The site that serves this dashboard publishes it; the year of the data's last check.
            publisher: window.location.host,
            year: (meta.lastChecked ?? today()).slice(0, 4),
          },
          accessed: today(),
        };
        return (
          <>
            <p>{t('citeIntro')}</p>
            {CITATION_STYLES.map((style) => {
              const text = formatCitation(input, style, panelId ?? '');
              return (
                <div key={style}>
                  <CopyField label={CITATION_STYLE_NAMES[style]} text={text} rows={rowsFor(text)} />
                  {style === 'apa' && (
                    // How the list reads once pasted: entries apart, each with a hanging indent.
                    <div className="apa-preview" data-testid="apa-preview">
                      {text.split('\n\n').map((entry) => (
                        <p key={entry}>{entry}</p>
                      ))}
                    </div>
                  )}
                </div>
              );
            })}
            {meta.newspaper && <p className="cite-basis">{pickText(meta.newspaper.basis, lang)}</p>}
          </>
        );
      }}
    </DialogButton>
  );
}
