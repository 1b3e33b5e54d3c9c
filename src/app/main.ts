// Browser entry: the styles, then the app, which hydrates the prerendered story (see start.tsx).
import '@/styles/index.css';
import { start } from './start';

start();
