import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { useFullscreen, type Fullscreen } from './use-fullscreen';

/**
 * Leaving meeting mode, from any of its views: back to the results with the
 * same comparison, out of full screen. Esc, the Leave button and the browser
 * leaving full screen by itself all come here, and it happens once.
 */
export function useMeetingExit(auditId: string, compare: string | undefined): { leave: () => void; fullscreen: Fullscreen } {
  const navigate = useNavigate();
  const hasLeft = useRef(false);
  const leave = () => {
    if (hasLeft.current) return;
    hasLeft.current = true;
    // Leaving full screen here fires the browser's change event; hasLeft stops a second leave.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void navigate(paths.results(auditId, { compare }));
  };
  return { leave, fullscreen: useFullscreen(leave) };
}
