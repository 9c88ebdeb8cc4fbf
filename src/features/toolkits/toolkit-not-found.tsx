import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';

/** What a toolkit's pages show when this device has no toolkit of that name and version. */
export function ToolkitNotFound({ toolkitId, version }: { toolkitId: string; version: string }) {
  usePageTitle('Toolkit not found');
  return (
    <>
      <h1 className="govuk-heading-l">Toolkit not found</h1>
      <p className="govuk-body">
        There is no toolkit “{toolkitId}”, version {version}, in Reflect or on this device. The address may be mistyped, or the
        toolkit may be one another school made that has not been brought to this device.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.toolkits()}>
          See the toolkits you can use
        </Link>
      </p>
    </>
  );
}

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
