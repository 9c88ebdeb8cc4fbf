import './rater-header.css';

/**
 * In place of the self-evaluation's navigation while someone rates in turn on
 * the lead's device: who is rating, and no way to the results, the plan or
 * anyone else's ratings.
 */
export function RaterHeader({ name, groupTitle }: { name: string; groupTitle: string }) {
  return (
    <div className="app-rater-header app-no-print">
      <p className="app-rater-header__text">
        Rating as <strong>{name}</strong> ({groupTitle})
      </p>
    </div>
  );
}
