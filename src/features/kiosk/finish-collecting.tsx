import { useEffect, useId, useRef, useState } from 'react';

/**
 * The staff's way out of kiosk mode: small, at the foot of the page, and
 * asking first, so that someone answering does not end it by accident.
 */
export function FinishCollecting({ onFinish }: { onFinish: () => void }) {
  const [isAsking, setIsAsking] = useState(false);
  const headingId = useId();
  const question = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);

  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (hasAsked.current) opener.current?.focus();
    hasAsked.current ||= isAsking;
  }, [isAsking]);

  if (!isAsking) {
    return (
      <p className="app-kiosk__staff">
        <button type="button" className="app-kiosk__link-button" ref={opener} onClick={() => setIsAsking(true)}>
          Finish collecting
        </button>{' '}
        (for staff)
      </p>
    );
  }
  return (
    <section className="app-kiosk__staff app-kiosk__confirm" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId} ref={question} tabIndex={-1}>
        Finish collecting answers?
      </h2>
      <p className="govuk-body">This is for staff. Answers on screen that have not been sent will be cleared.</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onFinish}>
          Yes, finish collecting
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setIsAsking(false)}>
          No, carry on collecting
        </button>
      </div>
    </section>
  );
}
