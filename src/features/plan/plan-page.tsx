import { useParams } from 'react-router';
import { EvaluationNav } from '../../components/evaluation-nav';
import { usePageTitle } from '../../components/use-page-title';
import { usePlanSources } from '../../hooks/plan-hooks';
import { PlanEditor } from './plan-editor';
import { AuditNotFound } from '../../components/audit-not-found';
import './plan.scss';

export function PlanPage() {
  usePageTitle('Development plan');
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <EvaluationNav auditId={sources.audit.id} current="plan" />
      <PlanEditor sources={sources} />
    </>
  );
}
