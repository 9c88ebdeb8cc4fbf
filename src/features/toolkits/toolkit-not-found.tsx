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
