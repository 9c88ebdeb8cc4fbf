import type { Ref } from 'react';
import type { Reflection } from '../../core/audit';
import type { DomainResult } from '../../core/chart-model';
import { DomainSlide, type DomainSlideProps } from './domain-slide';

interface MeasureLayerProps {
  domains: readonly DomainResult[];
  reflections: readonly Reflection[];
  isComparing: boolean;
  team: (domainId: string) => DomainSlideProps['team'];
  layer: Ref<HTMLDivElement>;
}

/**
 * Every domain drawn, unseen and with all its ratings, as a first slide and
 * as a "continued" one, at the slide's width: use-slide-plan.ts reads the
 * heights and takes it away before anything is painted. The longest
 * counters ("2 of 9") stand in for ones not yet known.
 */
export function MeasureLayer({ domains, reflections, isComparing, team, layer }: MeasureLayerProps) {
  return (
    <div className="app-meeting__main app-meeting__measure" ref={layer} aria-hidden="true">
      {domains.map((domain, index) => {
        const common = {
          domain,
          position: index + 1,
          count: domains.length,
          partCount: 9,
          rows: { start: 0, end: domain.indicators.length, isTooTall: false },
          isComparing,
          reflection: reflections.find((reflection) => reflection.domainId === domain.domainId),
          team: team(domain.domainId),
          isMeasure: true,
        };
        return (
          <div key={domain.domainId} data-measure-domain={domain.domainId}>
            <div data-measure="first">
              <DomainSlide {...common} part={1} />
            </div>
            <div data-measure="continued">
              <DomainSlide {...common} part={2} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
