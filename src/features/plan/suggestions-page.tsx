import { useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { usePlanSources } from '../../hooks/plan-hooks';
import { AuditNotFound } from '../../components/audit-not-found';
import { SuggestionList } from './suggestion-list';
import './plan.scss';

export function SuggestionsPage() {
  usePageTitle('Actions suggested by your ratings');
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  return <SuggestionList sources={sources} />;
}
