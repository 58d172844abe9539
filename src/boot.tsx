import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './state/startApp';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/styles.css';

// The page's state and its first render, loaded by main.tsx once it has started the training Worker. The UI
// (charts, KaTeX, every panel) is a chunk of its own again, so the Worker's code, the backend and the first slice
// of MNIST load in parallel with the page's instead of after it (navigation → first step).
const App = lazy(() => import('./ui/App').then((m) => ({ default: m.App })));

startApp();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="the page">
      <Suspense fallback={<p className="page-loading" role="status">Loading Layer Lab…</p>}>
        <App />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
