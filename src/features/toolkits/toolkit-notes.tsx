import { Link } from 'react-router';
import type { CatalogueEntry } from '../../core/toolkit-catalogue';
import { paths } from '../../lib/paths';

/** Said on both pages when two definitions share a name and version but differ: which one this page shows. */
export function OtherVersionWarning({ otherCount, isShipped }: { otherCount: number; isShipped: boolean }) {
  if (otherCount === 0) return null;
  const others = otherCount === 1 ? 'another toolkit' : `${otherCount} other toolkits`;
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        This device has {others} with the same name and version but different content.{' '}
        {isShipped ? 'This page shows the one that comes with Reflect.' : 'This page shows one of them.'} Self-evaluations made with
        each keep their own statements.
      </div>
    </div>
  );
}

/**
 * Why this version offers no "Start": new self-evaluations use the newest
 * version of a toolkit, and none while two versions of it disagree.
 */
export function StartsWithNote({ entry, startsWith }: { entry: CatalogueEntry; startsWith: CatalogueEntry | null }) {
  if (startsWith === entry) return null;
  if (!startsWith) {
    return (
      <p className="govuk-body">
        New self-evaluations cannot start with this toolkit while this device has two different toolkits of this name and version.
      </p>
    );
  }
  const { toolkit } = startsWith;
  return (
    <p className="govuk-body">
      New self-evaluations with this toolkit use its newest version, {toolkit.version}.{' '}
      <Link className="govuk-link" to={paths.toolkit(toolkit.id, toolkit.version)}>
        Read version {toolkit.version}
      </Link>
    </p>
  );
}
