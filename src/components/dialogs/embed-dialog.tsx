import { useEffect, useRef, useState } from 'react';
import { EMBED_MESSAGE, iframeCode } from '../../format/embed-code';
import { embedUrl } from '../../state/routes';
import { useDashboard } from '../page/context';
import { CopyField, DialogButton } from './dialog';

/** Room for the panel's title, tabs, notes and the embed's source line around the chart. */
const EMBED_CHROME = 240;
/** The narrowest frame the fallback height must fit (a phone column). */
export const EMBED_NARROWEST = 320;
/**
 * The widths the fallback height is measured at. A wider frame usually needs less (labels wrap
 * less), but a drawn chart scales with its frame until the live one replaces it: the tallest wins.
 */
const MEASURE_WIDTHS = [EMBED_NARROWEST, 480, 800];

/**
 * The embed's own height at the narrowest width: the dialog loads the embed in a hidden 320 px
 * frame and takes the height it reports (the protocol in format/embed-code.ts). Until then, null.
 */
function useMeasuredHeight(): {
  height: number | null;
  frames: React.RefObject<(HTMLIFrameElement | null)[]>;
} {
  const frames = useRef<(HTMLIFrameElement | null)[]>([]);
  const [heights, setHeights] = useState<Record<number, number>>({});
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      const at = frames.current.findIndex((f) => f && e.source === f.contentWindow);
      if (at < 0 || d?.type !== EMBED_MESSAGE) return;
      if (typeof d.height === 'number' && d.height > 0) {
        const h = Math.ceil(d.height);
        setHeights((all) => ({ ...all, [at]: Math.max(all[at] ?? 0, h) }));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  // Measured once every width has answered: the tallest is the height that fits them all.
  const answered = Object.values(heights);
  const height = answered.length === MEASURE_WIDTHS.length ? Math.max(...answered) : null;
  return { height, frames };
}

/**
 * "嵌入 / Embed": the `<iframe>` code of one panel, from the current view's address. Its fallback
 * `height` is the tallest the panel measures at 320, 480 and 800 px (so nothing is cut in a 320–800 px column); the
 * optional script resizes the frame to its content through the height protocol.
 */
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
  const src = embedUrl(window.location.href, panelId);
  const { height, frames } = useMeasuredHeight();
  const fallback = height ?? chartHeight + EMBED_CHROME;
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
          <div data-embed-height={height === null ? 'estimated' : 'measured'}>
            <CopyField
              label="HTML"
              rows={6}
              text={iframeCode(src, panelId, panelTitle, fallback)}
            />
          </div>
          {MEASURE_WIDTHS.map((width, i) => (
            <iframe
              key={width}
              ref={(el) => {
                frames.current[i] = el;
              }}
              src={src}
              title=""
              aria-hidden="true"
              tabIndex={-1}
              className="embed-measure"
              style={{
                position: 'absolute',
                left: -10000,
                top: 0,
                border: 0,
                visibility: 'hidden',
              }}
              width={width}
              height={3000}
            />
          ))}
        </>
      )}
    </DialogButton>
  );
}
