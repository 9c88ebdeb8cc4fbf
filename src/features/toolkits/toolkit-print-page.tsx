import { usePageTitle } from '../../components/use-page-title';

// Being built (issue 15).
export function ToolkitPrintPage() {
  usePageTitle('Blank copy');
  return <h1 className="govuk-heading-l">Blank copy</h1>;
}
