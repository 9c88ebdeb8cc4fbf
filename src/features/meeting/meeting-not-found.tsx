import { Link } from 'react-router';
import { paths } from '../../lib/paths';

export function MeetingNotFound() {
  return (
    <main className="app-meeting__main" id="main-content">
      <h1 className="app-meeting__title">Self-evaluation not found</h1>
      <p>
        <Link to={paths.home()}>Go to your self-evaluations</Link>
      </p>
    </main>
  );
}
