/**
 * Meeting mode: the results on a projector. Full screen where the browser
 * allows it (otherwise the page fills the window), large type, high contrast,
 * one slide per domain after the overall radar, driven by the keys a
 * presentation clicker sends. Nothing here can be edited.
 */
import { useLayoutEffect, useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { usePageTitle } from '../../components/use-page-title';
import { buildChartModel } from '../../core/chart-model';
import { formatDate } from '../../core/format-date';
import { useResultsData } from '../../hooks/results-hooks';
import { paths } from '../../lib/paths';
import { DomainSlide } from './domain-slide';
import { MeetingControls } from './meeting-controls';
import { OverviewSlide } from './overview-slide';
import { useFullscreen } from './use-fullscreen';
import { usePresenterKeys } from './use-presenter-keys';
import './meeting.css';

export function MeetingPage() {
  return (
    <div className="app-meeting">
      <ErrorBoundary>
        <MeetingSlides />
      </ErrorBoundary>
    </div>
  );
}

function MeetingSlides() {
  const { auditId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const compare = searchParams.get('compare') ?? undefined;
  const data = useResultsData(auditId, compare);
  const hasLeft = useRef(false);
  const main = useRef<HTMLElement>(null);
  const slideCount = data ? data.toolkit.domains.length + 1 : 1;
  const slide = Math.min(Math.max(Math.trunc(Number(searchParams.get('slide'))) || 0, 0), slideCount - 1);

  const leave = () => {
    if (hasLeft.current) return;
    hasLeft.current = true;
    // Leaving full screen here fires the browser's change event; hasLeft stops a second leave.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void navigate(paths.results(auditId, { compare }));
  };
  const fullscreen = useFullscreen(leave);
  const show = (index: number) => {
    const next = Math.min(Math.max(index, 0), slideCount - 1);
    setSearchParams((params) => (params.set('slide', String(next)), params), { replace: true });
  };
  // A clicker only sends Page Down and Page Up: on a slide too long for the screen they scroll it first, so the room sees all of it.
  // The slide scrolls; in a small window the whole view does (see meeting.css).
  const scrollOrShow = (direction: 1 | -1) => {
    const canScroll = (element: HTMLElement | null | undefined) =>
      element && (direction > 0 ? element.scrollTop + element.clientHeight < element.scrollHeight - 1 : element.scrollTop > 0);
    const scroller = [main.current, main.current?.parentElement].find(canScroll);
    if (scroller) scroller.scrollBy({ top: direction * scroller.clientHeight * 0.8 });
    else show(slide + direction);
  };
  usePresenterKeys({
    next: () => show(slide + 1),
    previous: () => show(slide - 1),
    pageDown: () => scrollOrShow(1),
    pageUp: () => scrollOrShow(-1),
    first: () => show(0),
    last: () => show(slideCount - 1),
    leave,
  });
  useLayoutEffect(() => {
    main.current?.scrollTo({ top: 0 });
    main.current?.parentElement?.scrollTo({ top: 0 });
  }, [slide]);

  const domain = data && slide > 0 ? data.toolkit.domains[slide - 1] : undefined;
  usePageTitle(domain ? `${domain.title} – meeting mode` : 'Meeting mode');

  if (data === null) {
    return (
      <main className="app-meeting__main" id="main-content">
        <h1 className="app-meeting__title">Self-evaluation not found</h1>
        <p>
          <Link to={paths.home()}>Go to your self-evaluations</Link>
        </p>
      </main>
    );
  }
  if (!data) return <p className="app-meeting__main">Loading…</p>;

  const { audit, toolkit, answers, comparison } = data;
  const model = buildChartModel(toolkit, answers, { priorityDomainIds: audit.priorityDomainIds, earlier: comparison });
  const names = {
    current: `${audit.title}, ${formatDate(audit.date)}`,
    earlier: comparison ? `${comparison.audit.title}, ${formatDate(comparison.audit.date)}` : null,
  };
  const result = domain && model.domains.find((candidate) => candidate.domainId === domain.id);
  const slideName = result ? result.title : 'All domains';

  return (
    <>
      {/* Focusable so that a long slide can be scrolled from the keyboard (up and down arrows). */}
      <main className="app-meeting__main" id="main-content" aria-labelledby="slide-title" ref={main} tabIndex={0}>
        {result ? (
          <DomainSlide
            domain={result}
            position={slide}
            count={toolkit.domains.length}
            isComparing={model.isComparing}
            reflection={data.reflections.find((reflection) => reflection.domainId === result.domainId)}
          />
        ) : (
          <OverviewSlide model={model} names={names} school={audit.school} title={audit.title} />
        )}
      </main>
      <MeetingControls
        slide={slide}
        slideCount={slideCount}
        slideName={slideName}
        fullscreen={fullscreen}
        onPrevious={() => show(slide - 1)}
        onNext={() => show(slide + 1)}
        onLeave={leave}
      />
    </>
  );
}
