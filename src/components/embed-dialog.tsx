import { iframeCode } from '../format/embed-code';
import { useDashboard } from './context';
import { CopyField, DialogButton } from './dialog';

/** Room for the panel's title, tabs, notes and the embed's source line around the chart. */
const EMBED_CHROME = 240;

/** "嵌入 / Embed": the `<iframe>` code of one panel, from the current view's address. */
export function EmbedDialog({
  panelId,
  panelTitle,
  chartHeight,
  open,
  onOpenChange,
}: {
  panelId: string;
  panelTitle: string;
  chartHeight: number;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const { t } = useDashboard();
  return (
    <DialogButton
      label={t('embed')}
      heading={t('embedHeading', { title: panelTitle })}
      open={open}
      onOpenChange={onOpenChange}
    >
      {() => (
        <>
          <p>{t('embedIntro')}</p>
          <CopyField
            label="HTML"
            text={iframeCode(window.location.href, panelId, panelTitle, chartHeight + EMBED_CHROME)}
          />
        </>
      )}
    </DialogButton>
  );
}
