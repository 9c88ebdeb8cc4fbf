import type { ReactNode } from 'react';
import type { Fullscreen } from './use-fullscreen';

interface MeetingControlsProps {
  slide: number;
  slideCount: number;
  slideName: string;
  fullscreen: Fullscreen;
  onPrevious: () => void;
  onNext: () => void;
  onLeave: () => void;
  /** The keys that work here, said briefly. */
  hint?: string;
  /** What else this view of meeting mode offers, after the hint. */
  children?: ReactNode;
}

/** Buttons for a mouse or touch, the keys for a clicker, and where we are. */
export function MeetingControls({
  slide,
  slideCount,
  slideName,
  fullscreen,
  onPrevious,
  onNext,
  onLeave,
  hint = 'Arrows, Page Up/Down or Space move. Esc leaves.',
  children,
}: MeetingControlsProps) {
  return (
    <nav className="app-meeting__controls" aria-label="Meeting mode">
      <button type="button" className="app-meeting__button" onClick={onPrevious} disabled={slide === 0}>
        Previous
      </button>
      <p className="app-meeting__position" aria-live="polite" aria-atomic="true">
        <span className="govuk-visually-hidden">Showing {slideName}, </span>
        {slide + 1} of {slideCount}
      </p>
      <button type="button" className="app-meeting__button" onClick={onNext} disabled={slide === slideCount - 1}>
        Next
      </button>
      <p className="app-meeting__hint">{hint}</p>
      {children}
      {fullscreen.isSupported && (
        <button type="button" className="app-meeting__button" onClick={() => (fullscreen.isFullscreen ? void fullscreen.exit() : fullscreen.enter())}>
          {fullscreen.isFullscreen ? 'Exit full screen' : 'Full screen'}
        </button>
      )}
      <button type="button" className="app-meeting__button" onClick={onLeave}>
        Leave meeting mode
      </button>
    </nav>
  );
}
