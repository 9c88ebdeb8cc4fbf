import { usePageTitle } from '../../components/use-page-title';

// Being built (issue 15).
export function ToolkitsPage() {
  usePageTitle('Toolkits');
  return <h1 className="govuk-heading-l">Toolkits</h1>;
}
