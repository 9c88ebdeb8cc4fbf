import type { Audit } from './audit';
import { formatScore, levelForScore, type AuditScore } from './score-audit';
import type { Toolkit } from './toolkit-schema';

export interface PlanReportDomain {
  title: string;
  score: string;
  level: string;
  rated: string;
}

/** Everything the development plan shows, as text ready to lay out. */
export interface PlanReport {
  school: string;
  auditTitle: string;
  toolkitTitle: string;
  toolkitVersion: string;
  date: string;
  participants: string;
  overall: string;
  domains: PlanReportDomain[];
}

export function buildPlanReport(toolkit: Toolkit, audit: Audit, score: AuditScore): PlanReport {
  const levelName = (value: number | null) => (value === null ? '' : (levelForScore(toolkit.scale.levels, value)?.label ?? ''));
  return {
    school: audit.school,
    auditTitle: audit.title,
    toolkitTitle: toolkit.title,
    toolkitVersion: toolkit.version,
    date: audit.date,
    participants: audit.participants,
    overall: formatScore(score.overall),
    domains: score.domains.map((domain) => ({
      title: domain.title,
      score: formatScore(domain.score),
      level: levelName(domain.score),
      rated: `${domain.rated} of ${domain.total}`,
    })),
  };
}

/** Characters Windows forbids in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;

function slug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[.-]+$/g, '')
    .toLowerCase();
}

/** `<school>-<toolkit>-development-plan-<yyyy-mm-dd>.pdf`, safe to save on Windows. */
export function planFileName(school: string, toolkitId: string, isoDate: string): string {
  const schoolPart = slug(school).slice(0, 80) || 'school';
  return `${schoolPart}-${slug(toolkitId)}-development-plan-${isoDate}.pdf`;
}
