import { useEffect, useId, useRef, type ReactNode } from 'react';

interface NotificationBannerProps {
  /**
   * 'success' tells the outcome of something the reader just did (a delete, an
   * undo, a restore): it is an alert and takes focus, as GOV.UK Frontend's
   * script does, so it is read at once and its buttons are one Tab away.
   * 'information' is something the page says on arrival: a labelled region,
   * left where it is.
   */
  type: 'success' | 'information';
  title: string;
  /** The main message, set in the banner's large type. */
  heading?: ReactNode;
  children?: ReactNode;
  /** Focus moves to a success banner when it appears and again whenever this changes (a second delete replaces the first). */
  focusKey?: unknown;
  className?: string;
}

/** The GOV.UK notification banner, the one banner every screen uses. Its title is always a level 2 heading. */
export function NotificationBanner({ type, title, heading, children, focusKey, className }: NotificationBannerProps) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  const isSuccess = type === 'success';

  useEffect(() => {
    const element = banner.current;
    if (!isSuccess || !element) return;
    // Focusable only until focus leaves it, as GOV.UK Frontend does, so a later click on its text draws no focus ring.
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
    element.focus();
  }, [isSuccess, focusKey]);

  return (
    <div
      className={['govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', className].filter(Boolean).join(' ')}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
      ref={banner}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
