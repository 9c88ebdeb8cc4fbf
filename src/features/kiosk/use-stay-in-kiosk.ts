import { useEffect } from 'react';

/**
 * Once someone has answered, Back keeps the kiosk on screen instead of
 * leaving for the staff's pages (where the next person has no business):
 * the page adds one history entry of its own address and puts it back each
 * time Back takes it away. The form itself is never in history, so Back can
 * never bring earlier answers back. Staff leave by "Finish collecting",
 * which turns this off.
 */
export function useStayInKiosk(isOn: boolean): void {
  useEffect(() => {
    if (!isOn) return;
    // The same state the router gave this entry, so it reads the copy as the same page.
    const stay = () => window.history.pushState(window.history.state, '', window.location.href);
    stay();
    window.addEventListener('popstate', stay);
    return () => window.removeEventListener('popstate', stay);
  }, [isOn]);
}
