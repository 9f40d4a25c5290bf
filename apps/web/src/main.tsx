import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ensureCsrfToken } from './lib/api-client';

// Fetch the CSRF token once at start; writes wait for it (and refetch it if the server rejects it).
ensureCsrfToken().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
