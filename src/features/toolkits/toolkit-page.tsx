import { usePageTitle } from '../../components/use-page-title';

// Being built (issue 15).
export function ToolkitPage() {
  usePageTitle('Toolkit');
  return <h1 className="govuk-heading-l">Toolkit</h1>;
}
