/**
 * The floor for the first-load budget: the least a React 19 app can ship
 * (react + react-dom/client rendering one component). Reflect's first load is
 * measured against this, built in the same run with the same Vite.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count} times
    </button>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Counter />
  </StrictMode>,
);
