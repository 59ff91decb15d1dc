import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles.css';
import { App } from './App';
import { registerServiceWorker } from './modules/inspections/offline/register-sw';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(<StrictMode><App /></StrictMode>);
registerServiceWorker();
