import { useEffect, useEffectEvent, useRef, useState } from 'react';

export interface Fullscreen {
  /** False where the browser has no Fullscreen API (the page then fills the window instead). */
  isSupported: boolean;
  isFullscreen: boolean;
  enter: () => void;
  exit: () => Promise<void>;
}

/**
 * The Fullscreen API, with one rule for meeting mode: when the browser leaves
 * full screen by itself (the person pressed Esc, which the browser keeps for
 * itself), `onLeftByBrowser` runs, so that Esc always leaves meeting mode.
 */
export function useFullscreen(onLeftByBrowser: () => void): Fullscreen {
  const [isFullscreen, setIsFullscreen] = useState(() => document.fullscreenElement !== null);
  const isExitingOnPurpose = useRef(false);
  const onLeft = useEffectEvent(onLeftByBrowser);

  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setIsFullscreen(now);
      if (!now && !isExitingOnPurpose.current) onLeft();
      isExitingOnPurpose.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  return {
    isSupported: document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function',
    isFullscreen,
    enter: () => {
      document.documentElement.requestFullscreen().catch(() => undefined);
    },
    exit: async () => {
      if (!document.fullscreenElement) return;
      isExitingOnPurpose.current = true;
      await document.exitFullscreen().catch(() => undefined);
    },
  };
}
