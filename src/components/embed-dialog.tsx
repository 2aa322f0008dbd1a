import { useEffect, useRef, useState } from 'react';
import { EMBED_MESSAGE, iframeCode } from '../format/embed-code';
import { embedUrl } from '../state/embed-url';
import { useDashboard } from './context';
import { CopyField, DialogButton } from './dialog';

/** Room for the panel's title, tabs, notes and the embed's source line around the chart. */
const EMBED_CHROME = 240;
/** The narrowest frame the fallback height must fit (a phone column); wider frames need less. */
export const EMBED_NARROWEST = 320;

/**
 * The embed's own height at the narrowest width: the dialog loads the embed in a hidden 320 px
 * frame and takes the height it reports (the protocol in format/embed-code.ts). Until then, null.
 */
function useMeasuredHeight(): {
  height: number | null;
  frame: React.RefObject<HTMLIFrameElement | null>;
} {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source !== frame.current?.contentWindow || d?.type !== EMBED_MESSAGE) return;
      if (typeof d.height === 'number' && d.height > 0)
        setHeight((h) => Math.max(h ?? 0, Math.ceil(d.height as number)));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return { height, frame };
}

/**
 * "嵌入 / Embed": the `<iframe>` code of one panel, from the current view's address. Its fallback
 * `height` is what the panel measures at 320 px (so nothing is cut in a 320–800 px column); the
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
  const { height, frame } = useMeasuredHeight();
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
          <iframe
            ref={frame}
            src={src}
            title=""
            aria-hidden="true"
            tabIndex={-1}
            className="embed-measure"
            style={{ position: 'absolute', left: -10000, top: 0, border: 0, visibility: 'hidden' }}
            width={EMBED_NARROWEST}
            height={3000}
          />
        </>
      )}
    </DialogButton>
  );
}
